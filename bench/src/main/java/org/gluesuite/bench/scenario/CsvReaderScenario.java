package org.gluesuite.bench.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.runtime.context.GlueSuiteContext;

/** Our CSV record reader ({@code getSourceWithFormat("csv")}) vs Spark's CSV reader with schema inference. */
public final class CsvReaderScenario implements Scenario {
  @Override
  public String name() {
    return "csv-reader";
  }

  @Override
  public String description() {
    return "reading the ETL's CSV files in full: Spark's reader with inferSchema (baseline) vs our record reader "
        + "(getSourceWithFormat csv, types inferred per record), both written to Spark's noop sink";
  }

  @Override
  public List<String> variants() {
    return List.of("spark", "frame");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    OrdersCsv.write(InputFolder.fresh(work.resolve("input")), size.readerRows(), 21L);
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    SparkSession spark = BenchSpark.session(work);
    String input = work.resolve("input").toString();
    timer.start();
    Dataset<Row> data = variant.equals("spark")
        ? spark.read().option("header", "true").option("inferSchema", "true").csv(input)
        : GlueSuiteContext.create(spark, BenchSpark.catalog(work)).getSourceWithFormat("csv", Map.of("paths", "[\"" + input + "\"]",
            "recurse", "true"), Map.of("withHeader", "true")).getFrame().toDF();
    data.write().format("noop").mode("overwrite").save();
    timer.stop();
    return data.count();
  }
}
