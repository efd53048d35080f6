package org.gluesuite.runtime.frame.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.gluesuite.runtime.frame.schema.GlueType;
import org.gluesuite.runtime.frame.schema.GlueType.ArrayType;
import org.gluesuite.runtime.frame.schema.GlueType.AtomicType;
import org.gluesuite.runtime.frame.schema.GlueType.Field;
import org.gluesuite.runtime.frame.schema.GlueType.MapType;
import org.gluesuite.runtime.frame.schema.GlueType.StructType;

/**
 * The type of one value of a record tree (structs are {@link Map}s, arrays {@link List}s, maps {@link MapValue}s).
 * This is what makes records self-describing: each record carries its own types and frames merge them.
 */
public final class TypeInference {
  private TypeInference() {
  }

  public static GlueType typeOf(Object value) {
    if (value == null) {
      return GlueType.NULL;
    }
    if (value instanceof Map<?, ?> m) {
      List<Field> fields = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        fields.add(new Field(String.valueOf(e.getKey()), typeOf(e.getValue())));
      }
      return new StructType(fields);
    }
    if (value instanceof List<?> list) {
      GlueType element = GlueType.NULL;
      for (Object item : list) {
        element = TypeMerger.merge(element, typeOf(item));
      }
      return new ArrayType(element);
    }
    if (value instanceof MapValue mv) {
      GlueType key = GlueType.NULL;
      GlueType val = GlueType.NULL;
      for (Map.Entry<Object, Object> e : mv.entries().entrySet()) {
        key = TypeMerger.merge(key, typeOf(e.getKey()));
        val = TypeMerger.merge(val, typeOf(e.getValue()));
      }
      return new MapType(key.isNull() ? GlueType.STRING : key, val);
    }
    return atomicTypeOf(value);
  }

  private static AtomicType atomicTypeOf(Object value) {
    if (value instanceof String) {
      return GlueType.STRING;
    }
    if (value instanceof Long) {
      return GlueType.LONG;
    }
    if (value instanceof Double) {
      return GlueType.DOUBLE;
    }
    if (value instanceof Boolean) {
      return GlueType.BOOLEAN;
    }
    if (value instanceof Integer) {
      return GlueType.INT;
    }
    if (value instanceof Short) {
      return GlueType.SHORT;
    }
    if (value instanceof Byte) {
      return GlueType.BYTE;
    }
    if (value instanceof Float) {
      return GlueType.FLOAT;
    }
    if (value instanceof BigDecimal || value instanceof scala.math.BigDecimal) {
      return new AtomicType("decimal", DataTypes.createDecimalType(38, 18));
    }
    if (value instanceof BigInteger) {
      return new AtomicType("decimal", DataTypes.createDecimalType(38, 0));
    }
    if (value instanceof java.sql.Date || value instanceof LocalDate) {
      return GlueType.DATE;
    }
    if (value instanceof java.sql.Timestamp || value instanceof Instant) {
      return GlueType.TIMESTAMP;
    }
    if (value instanceof byte[]) {
      return GlueType.BINARY;
    }
    // Unknown user objects are kept as their text so a map function can never break the frame's schema.
    return GlueType.STRING;
  }
}
