package org.gluesuite.runtime.frame;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.runtime.frame.internal.RecordConversion;
import org.gluesuite.runtime.frame.internal.RecordJson;

/** spigot: writes a sample of records as JSON lines (choices as plain values) and passes the frame through. */
final class SpigotStep {
  private SpigotStep() {
  }

  static GlueFrame apply(GlueFrame frame, String path, SpigotOptions sample) {
    Dataset<Row> data = frame.toDF();
    if (sample.prob() < 1.0) {
      data = data.sample(false, sample.prob(), sample.seed());
    }
    GlueType.StructType schema = frame.schema();
    Dataset<String> json = data.limit(sample.topk())
        .map((org.apache.spark.api.java.function.MapFunction<Row, String>)
            row -> RecordJson.write(RecordConversion.toRecord(row, schema)), Encoders.STRING());
    // Append: the sample joins whatever is at the path (often a shared samples folder) and deletes nothing.
    json.coalesce(1).write().mode(SaveMode.Append).text(path);
    return frame;
  }
}
