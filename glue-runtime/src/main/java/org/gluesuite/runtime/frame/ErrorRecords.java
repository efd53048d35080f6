package org.gluesuite.runtime.frame;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The layout of error records, as {@link GlueFrame#errorsAsDynamicFrame()} returns them. One record per bad input
 * line (readers) or per record whose function failed ({@code map}, {@code filter}, {@code unbox}).
 */
public final class ErrorRecords {
  /** The file the bad record came from; null for errors raised after reading. */
  public static final String SOURCE_FILE = "source_file";
  /** The 1-based line the bad record starts on; null when unknown. */
  public static final String LINE = "line";
  /** The step that rejected the record, e.g. {@code read_json}, {@code read_csv}, {@code map}, {@code filter}. */
  public static final String TRANSFORMATION = "transformation";
  /** The step's transformationContext. */
  public static final String TRANSFORMATION_CONTEXT = "transformation_context";
  /** The step's info string. */
  public static final String INFO = "info";
  /** What was wrong, e.g. the parser's message with its column. */
  public static final String MESSAGE = "message";
  /** The raw text (readers) or the record as JSON (transforms), cut to {@link #MAX_RECORD_CHARS}. */
  public static final String RECORD = "record";

  /** Longest {@link #RECORD} kept: enough to recognise the record, small enough for the driver to show. */
  public static final int MAX_RECORD_CHARS = 2000;

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE_FILE, DataTypes.StringType)
      .add(LINE, DataTypes.LongType)
      .add(TRANSFORMATION, DataTypes.StringType)
      .add(TRANSFORMATION_CONTEXT, DataTypes.StringType)
      .add(INFO, DataTypes.StringType)
      .add(MESSAGE, DataTypes.StringType)
      .add(RECORD, DataTypes.StringType);

  private ErrorRecords() {
  }

  /** One error record; {@code record} is truncated so a huge bad line cannot flood memory. */
  public static Row row(String sourceFile, Long line, String transformation, TransformOptions options,
      String message, String record) {
    String text = record == null || record.length() <= MAX_RECORD_CHARS
        ? record : record.substring(0, MAX_RECORD_CHARS) + "...";
    return RowFactory.create(sourceFile, line, transformation, options.transformationContext(), options.info(),
        message, text);
  }
}
