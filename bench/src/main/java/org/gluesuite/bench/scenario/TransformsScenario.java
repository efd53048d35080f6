package org.gluesuite.bench.scenario;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.Mapping;
import org.gluesuite.runtime.frame.ResolveChoiceSpec;

/**
 * applyMapping, resolveChoice and a join on frames vs the same select/cast/join on DataFrames, both from the same
 * cached input (built before the timed section) to Spark's noop sink.
 */
public final class TransformsScenario implements Scenario {
  @Override
  public String name() {
    return "transforms";
  }

  @Override
  public String description() {
    return "applyMapping (rename + cast) → resolveChoice (cast) → join with a 1,000-row dimension: DataFrame "
        + "select/cast/join (baseline) vs the frame transforms, on the same cached input";
  }

  @Override
  public List<String> variants() {
    return List.of("dataframe", "frame");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    InputFolder.fresh(work.resolve("scratch"));
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    SparkSession spark = BenchSpark.session(work);
    Dataset<Row> facts = spark.range(size.transformRows()).select(col("id"),
        col("id").mod(1000).as("device_id"),
        col("id").mod(997).divide(7).cast("string").as("reading"),
        concat(lit("note "), col("id").cast("string")).as("note")).cache();
    Dataset<Row> devices = spark.range(1000).select(col("id").as("device"),
        concat(lit("device-"), col("id").cast("string")).as("device_name")).cache();
    facts.count();
    devices.count();
    timer.start();
    Dataset<Row> out;
    if (variant.equals("dataframe")) {
      out = facts.select(col("id").as("event_id"), col("device_id").as("device"), col("reading").cast("double")
              .as("value"), col("note"))
          .withColumn("value", col("value").cast("double"))
          .join(devices, "device");
    } else {
      GlueFrame mapped = GlueFrame.fromDF(facts, "facts").applyMapping(List.of(
          Mapping.of("id", "long", "event_id", "long"),
          Mapping.of("device_id", "long", "device", "long"),
          Mapping.of("reading", "string", "value", "double"),
          Mapping.of("note", "string", "note", "string")));
      out = mapped.resolveChoice(List.of(ResolveChoiceSpec.of("value", "cast:double")))
          .join(List.of("device"), List.of("device"), GlueFrame.fromDF(devices, "devices")).toDF();
    }
    out.write().format("noop").mode("overwrite").save();
    timer.stop();
    return out.count();
  }
}
