package org.gluesuite.runtime.frame.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * Converts a value from one logical type to another with Spark casts (a value that does not convert becomes
 * null, as in Glue). A choice converts each alternative and keeps the one the record has.
 */
public final class Casts {
  private Casts() {
  }

  public static Column cast(Column value, GlueType from, GlueType to, String path) {
    if (from.equals(to)) {
      return value;
    }
    if (from instanceof ChoiceType choice) {
      List<Column> converted = new ArrayList<>();
      for (GlueType alternative : choice.alternatives()) {
        if (convertible(alternative, to)) {
          converted.add(cast(value.getField(alternative.kind()), alternative, to, path));
        }
      }
      if (converted.isEmpty()) {
        throw FrameErrors.unsupportedCast(path, from, to);
      }
      return converted.size() == 1 ? converted.get(0) : coalesce(converted.toArray(new Column[0]));
    }
    if (!convertible(from, to)) {
      throw FrameErrors.unsupportedCast(path, from, to);
    }
    if (from.isNull()) {
      return lit(null).cast(SparkTypes.toSpark(to));
    }
    if (!isAtomic(from) && to.equals(PrimitiveType.STRING)) {
      return to_json(value);
    }
    return value.cast(SparkTypes.toSpark(to));
  }

  private static boolean convertible(GlueType from, GlueType to) {
    return from.isNull() || (isAtomic(from) && isAtomic(to))
        || to.equals(PrimitiveType.STRING) || from.kind().equals(to.kind());
  }

  /** A scalar: not a struct, array, map or choice. */
  private static boolean isAtomic(GlueType type) {
    return !(type instanceof StructType || type instanceof ArrayType || type instanceof MapType
        || type instanceof ChoiceType);
  }
}
