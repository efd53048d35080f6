package org.gluesuite.runtime.frame.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.schema.GlueType;
import org.gluesuite.runtime.frame.schema.GlueType.AtomicType;
import org.gluesuite.runtime.frame.schema.GlueType.ChoiceType;

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
      return lit(null).cast(to.toSpark());
    }
    if (!(from instanceof AtomicType) && to.equals(GlueType.STRING)) {
      return to_json(value);
    }
    return value.cast(to.toSpark());
  }

  private static boolean convertible(GlueType from, GlueType to) {
    return from.isNull() || (from instanceof AtomicType && to instanceof AtomicType)
        || to.equals(GlueType.STRING) || from.kind().equals(to.kind());
  }
}
