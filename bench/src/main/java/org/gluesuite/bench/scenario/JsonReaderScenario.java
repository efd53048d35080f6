package org.gluesuite.bench.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.runtime.context.GlueSuiteContext;

/** Our JSON record reader vs Spark's JSON reader on the same JSON-lines files (nested objects, missing fields). */
public final class JsonReaderScenario implements Scenario {
  @Override
  public String name() {
    return "json-reader";
  }

  @Override
  public String description() {
    return "reading JSON lines with a nested object and missing fields in full: Spark's reader (baseline) vs our "
        + "record reader (getSourceWithFormat json), both written to Spark's noop sink";
  }

  @Override
  public List<String> variants() {
    return List.of("spark", "frame");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    Path input = InputFolder.fresh(work.resolve("input"));
    SplittableRandom random = new SplittableRandom(33L);
    int files = 8;
    try {
      for (int f = 0; f < files; f++) {
        try (BufferedWriter out = Files.newBufferedWriter(input.resolve("part-" + f + ".json"),
            StandardCharsets.UTF_8)) {
          for (int i = f; i < size.readerRows(); i += files) {
            out.write("{\"id\":" + i + ",\"device\":{\"kind\":\"sensor-" + random.nextInt(20) + "\",\"battery\":"
                + random.nextInt(100) + "}" + (random.nextDouble() < 0.05 ? "" : ",\"reading\":"
                + String.format(java.util.Locale.ROOT, "%.3f", random.nextGaussian())) + ",\"city\":\"city-"
                + random.nextInt(50) + "\"}\n");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the JSON input under " + input + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    SparkSession spark = BenchSpark.session(work);
    String input = work.resolve("input").toString();
    timer.start();
    Dataset<Row> data = variant.equals("spark") ? spark.read().json(input)
        : GlueSuiteContext.create(spark, BenchSpark.catalog(work)).getSourceWithFormat("json", Map.of("paths", "[\"" + input + "\"]",
            "recurse", "true"), Map.of()).getFrame().toDF();
    data.write().format("noop").mode("overwrite").save();
    timer.stop();
    return data.count();
  }
}
