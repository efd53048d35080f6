package org.gluesuite.runtime.frame.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.PrimitiveType;
import scala.collection.JavaConverters;

/**
 * Converts between record trees (what readers, {@code map} and {@code GlueRecord} work on) and Spark's external
 * row values laid out by a logical type, including the physical struct a choice is stored as.
 */
public final class RecordConversion {
  private RecordConversion() {
  }

  /** A record tree (a Map) as a Spark Row of the struct's physical layout. */
  public static Row toRow(Map<?, ?> record, StructType type) {
    return (Row) toSpark(record, type);
  }

  /** One value of a record tree as the Spark external value of {@code type}. */
  public static Object toSpark(Object value, GlueType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof ChoiceType c) {
      return toChoice(value, c);
    }
    if (type instanceof StructType s) {
      if (!(value instanceof Map<?, ?> m)) {
        return null;
      }
      Object[] out = new Object[s.fields().size()];
      for (int i = 0; i < out.length; i++) {
        GlueType.Field f = s.fields().get(i);
        out[i] = toSpark(m.get(f.name()), f.type());
      }
      return new GenericRow(out);
    }
    if (type instanceof ArrayType a) {
      if (!(value instanceof List<?> list)) {
        return null;
      }
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(toSpark(item, a.elementType()));
      }
      return JavaConverters.asScalaBuffer(out).toList();
    }
    if (type instanceof MapType m) {
      if (!(value instanceof MapValue mv)) {
        return null;
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      mv.entries().forEach((k, v) -> out.put(toSpark(k, m.keyType()), toSpark(v, m.valueType())));
      return scala.collection.immutable.Map$.MODULE$.apply(JavaConverters.mapAsScalaMap(out).toSeq());
    }
    return toAtomic(value, type);
  }

  private static Object toChoice(Object value, ChoiceType c) {
    String kind = TypeInference.typeOf(value).kind();
    Object[] out = new Object[c.alternatives().size()];
    for (int i = 0; i < out.length; i++) {
      GlueType alternative = c.alternatives().get(i);
      if (alternative.kind().equals(kind)) {
        out[i] = toSpark(value, alternative);
        return new GenericRow(out);
      }
    }
    // Only values whose kind is not an alternative get here (cannot happen for inferred schemas): keep their text.
    int string = c.kinds().indexOf("string");
    if (string >= 0) {
      out[string] = String.valueOf(value);
    }
    return new GenericRow(out);
  }

  private static Object toAtomic(Object value, GlueType type) {
    if (type == PrimitiveType.STRING) {
      return value instanceof String ? value : String.valueOf(value);
    }
    if (type.isNull()) {
      return null;
    }
    if (value instanceof Number n) {
      if (type == PrimitiveType.BIGINT) {
        return n.longValue();
      }
      if (type == PrimitiveType.INT) {
        return n.intValue();
      }
      if (type == PrimitiveType.DOUBLE) {
        return n.doubleValue();
      }
      if (type == PrimitiveType.FLOAT) {
        return n.floatValue();
      }
      if (type == PrimitiveType.SMALLINT) {
        return n.shortValue();
      }
      if (type == PrimitiveType.TINYINT) {
        return n.byteValue();
      }
      if (type instanceof DecimalType) {
        if (n instanceof BigDecimal bd) {
          return bd;
        }
        if (n instanceof BigInteger bi) {
          return new BigDecimal(bi);
        }
        return new BigDecimal(n.toString());
      }
    }
    if (value instanceof scala.math.BigDecimal sbd) {
      return sbd.bigDecimal();
    }
    if (value instanceof LocalDate d) {
      return java.sql.Date.valueOf(d);
    }
    if (value instanceof Instant i) {
      return java.sql.Timestamp.from(i);
    }
    return value;
  }

  /** A Spark Row laid out by {@code type} as a mutable record tree (a LinkedHashMap in field order). */
  public static LinkedHashMap<String, Object> toRecord(Row row, StructType type) {
    @SuppressWarnings("unchecked")
    LinkedHashMap<String, Object> tree = (LinkedHashMap<String, Object>) fromSpark(row, type);
    return tree;
  }

  /** One Spark external value as a record-tree value; a choice becomes the value of its non-null alternative. */
  public static Object fromSpark(Object value, GlueType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof ChoiceType c) {
      Row r = (Row) value;
      for (int i = 0; i < c.alternatives().size(); i++) {
        if (!r.isNullAt(i)) {
          return fromSpark(r.get(i), c.alternatives().get(i));
        }
      }
      return null;
    }
    if (type instanceof StructType s) {
      Row r = (Row) value;
      LinkedHashMap<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < s.fields().size(); i++) {
        GlueType.Field f = s.fields().get(i);
        out.put(f.name(), fromSpark(r.get(i), f.type()));
      }
      return out;
    }
    if (type instanceof ArrayType a) {
      List<Object> out = new ArrayList<>();
      for (Object item : JavaConverters.seqAsJavaList((scala.collection.Seq<?>) value)) {
        out.add(fromSpark(item, a.elementType()));
      }
      return out;
    }
    if (type instanceof MapType m) {
      LinkedHashMap<Object, Object> out = new LinkedHashMap<>();
      JavaConverters.mapAsJavaMap((scala.collection.Map<?, ?>) value)
          .forEach((k, v) -> out.put(fromSpark(k, m.keyType()), fromSpark(v, m.valueType())));
      return new MapValue(out);
    }
    return value;
  }
}
