package org.gluesuite.runtime.frame.read;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;

/**
 * The physical layout of {@link CsvRecordReader#readCells}: a CSV cell can only be typed as one of four kinds, so a
 * column is read into one slot per kind, at most one of them set. Casting each slot and keeping the one that is set
 * gives, cell by cell, what casting the frame's inferred column (a choice of the kinds the file has) gives, without
 * the pass that infers it.
 */
public final class CsvCells {
  /** The kinds, in slot order, as {@link CsvRecordReader#typed} types a cell. */
  public static final List<GlueType> KIND_TYPES =
      List.of(PrimitiveType.BIGINT, PrimitiveType.DOUBLE, PrimitiveType.BOOLEAN, PrimitiveType.STRING);
  public static final int KINDS = KIND_TYPES.size();
  private static final List<DataType> SPARK_KINDS =
      List.of(DataTypes.LongType, DataTypes.DoubleType, DataTypes.BooleanType, DataTypes.StringType);

  private CsvCells() {
  }

  /** The slot of a typed cell. */
  static int slot(Object value) {
    if (value instanceof Long) {
      return 0;
    }
    if (value instanceof Double) {
      return 1;
    }
    if (value instanceof Boolean) {
      return 2;
    }
    return 3;
  }

  /** A typed cell as Spark holds it internally. */
  static Object internal(Object value) {
    return value instanceof String s ? UTF8String.fromString(s) : value;
  }

  /** The name of the physical column holding kind {@code kind} of the {@code column}-th requested column. */
  public static String slotName(int column, int kind) {
    return "__cell" + column + "_" + KIND_TYPES.get(kind).kind();
  }

  /** The name of the {@code index}-th extra (per-file, string) column. */
  public static String extraName(int index) {
    return "__file" + index;
  }

  /** The schema of rows with {@code columns} requested columns and {@code extras} extra string columns. */
  public static StructType schema(int columns, int extras) {
    StructType schema = new StructType();
    for (int c = 0; c < columns; c++) {
      for (int k = 0; k < KINDS; k++) {
        schema = schema.add(slotName(c, k), SPARK_KINDS.get(k), true);
      }
    }
    for (int e = 0; e < extras; e++) {
      schema = schema.add(extraName(e), DataTypes.StringType, true);
    }
    return schema;
  }
}
