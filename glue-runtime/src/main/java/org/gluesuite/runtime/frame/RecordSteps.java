package org.gluesuite.runtime.frame;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.common.Failures;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FrameSteps;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordConversion;
import org.gluesuite.runtime.frame.internal.RecordJson;
import org.gluesuite.runtime.frame.internal.RecordPipeline;
import org.gluesuite.runtime.frame.read.CsvRecordReader;
import org.gluesuite.runtime.frame.read.JsonText;

/** The record-at-a-time steps: map, filter and unbox. A record whose function throws becomes an error record. */
final class RecordSteps {
  private RecordSteps() {
  }

  static List<GlueRecord> take(GlueFrame frame, int n) {
    List<GlueRecord> out = new ArrayList<>();
    for (Row row : frame.toDF().limit(n).collectAsList()) {
      out.add(GlueRecord.wrap(RecordConversion.toRecord(row, frame.schema())));
    }
    return out;
  }

  static GlueFrame map(GlueFrame frame, RecordMapper f, TransformOptions options) {
    return mapRecords(frame, f, "map", options);
  }

  private static GlueFrame mapRecords(GlueFrame frame, RecordMapper f, String transformation,
      TransformOptions options) {
    GlueType.StructType in = frame.schema();
    JavaRDD<Parsed> outcomes = frame.toDF().javaRDD().map(row -> {
      try {
        GlueRecord result = f.apply(GlueRecord.wrap(RecordConversion.toRecord(row, in)));
        if (result == null) {
          return Parsed.error(error(transformation, options, "The function returned null instead of a record; "
              + "return the record (use filter to drop records)", row, in));
        }
        return Parsed.record(result.tree());
      } catch (Exception e) {
        return Parsed.error(error(transformation, options, Failures.describe(e), row, in));
      }
    });
    SparkSession spark = frame.toDF().sparkSession();
    RecordPipeline.Built built = RecordPipeline.build(spark, outcomes, in, frame.history(), transformation,
        options, RecordPipeline.Passes.PERSIST);
    return GlueFrame.fromParts(built.data(), built.schema(), frame.name(), built.errors());
  }

  /** A kept row or an error record of filter. */
  private record Outcome(Row row, Row error) implements Serializable {
  }

  static GlueFrame filter(GlueFrame frame, RecordPredicate f, TransformOptions options) {
    GlueType.StructType in = frame.schema();
    JavaRDD<Outcome> outcomes = frame.toDF().javaRDD().map(row -> {
      try {
        return f.test(GlueRecord.wrap(RecordConversion.toRecord(row, in))) ? new Outcome(row, null)
            : new Outcome(null, null);
      } catch (Exception e) {
        return new Outcome(null, error("filter", options, Failures.describe(e), row, in));
      }
    }).persist(StorageLevel.MEMORY_AND_DISK());
    SparkSession spark = frame.toDF().sparkSession();
    Dataset<Row> kept = spark.createDataFrame(outcomes.filter(o -> o.row() != null).map(Outcome::row),
        frame.toDF().schema());
    Dataset<Row> errors = spark.createDataFrame(outcomes.filter(o -> o.error() != null).map(Outcome::error),
        ErrorRecords.SCHEMA);
    return GlueFrame.fromParts(kept, in, frame.name(),
        FrameSteps.withStage(frame.history(), "filter", options, errors));
  }

  static GlueFrame unbox(GlueFrame frame, String path, UnboxOptions format, TransformOptions options) {
    FieldPath parsed = FieldPath.parse(path);
    Columns.Resolved at = Columns.resolve(frame.schema(), parsed, true, "unbox");
    if (at == null) {
      throw FrameErrors.fieldNotFound("unbox", path, frame.schema().fieldNames());
    }
    if (!at.type().equals(PrimitiveType.STRING) && !at.type().isNull()) {
      throw FrameErrors.notAString(path, at.type());
    }
    String exact = at.exactPath();
    return mapRecords(frame, record -> {
      Object text = record.get(exact);
      if (text != null) {
        record.set(exact, parse(text.toString(), format));
      }
      return record;
    }, "unbox", options);
  }

  private static Object parse(String text, UnboxOptions format) throws IOException {
    if (format.format().equals("json")) {
      Object value = JsonText.parse(text);
      if (!(value instanceof Map)) {
        throw new IOException("The text is not a JSON object");
      }
      return value;
    }
    List<String> cells = CsvRecordReader.parseLine(text, format.csv());
    if (cells == null) {
      throw new IOException("The text is not one CSV line (a quote is not closed)");
    }
    List<String> names = format.columnNames();
    if (!names.isEmpty() && names.size() != cells.size()) {
      throw new IOException("Expected " + names.size() + " CSV fields (" + names + ") but found " + cells.size());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      out.put(names.isEmpty() ? "col" + i : names.get(i), CsvRecordReader.typed(cells.get(i)));
    }
    return out;
  }

  private static Row error(String transformation, TransformOptions options, String message, Row row,
      GlueType.StructType schema) {
    return ErrorRecords.row(null, null, transformation, options, message,
        RecordJson.write(RecordConversion.toRecord(row, schema)));
  }
}
