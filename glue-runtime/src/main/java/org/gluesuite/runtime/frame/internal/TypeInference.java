package org.gluesuite.runtime.frame.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;

/**
 * The type of one value of a record tree (structs are {@link Map}s, arrays {@link List}s, maps {@link MapValue}s).
 * This is what makes records self-describing: each record carries its own types and frames merge them.
 */
public final class TypeInference {
  private TypeInference() {
  }

  public static GlueType typeOf(Object value) {
    if (value == null) {
      return PrimitiveType.NULL;
    }
    if (value instanceof Map<?, ?> m) {
      List<Field> fields = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        fields.add(new Field(String.valueOf(e.getKey()), typeOf(e.getValue())));
      }
      return new StructType(fields);
    }
    if (value instanceof List<?> list) {
      GlueType element = PrimitiveType.NULL;
      for (Object item : list) {
        element = TypeMerger.FRAME.merge(element, typeOf(item));
      }
      return new ArrayType(element);
    }
    if (value instanceof MapValue mv) {
      GlueType key = PrimitiveType.NULL;
      GlueType val = PrimitiveType.NULL;
      for (Map.Entry<Object, Object> e : mv.entries().entrySet()) {
        key = TypeMerger.FRAME.merge(key, typeOf(e.getKey()));
        val = TypeMerger.FRAME.merge(val, typeOf(e.getValue()));
      }
      return new MapType(key.isNull() ? PrimitiveType.STRING : key, val);
    }
    return atomicTypeOf(value);
  }

  private static GlueType atomicTypeOf(Object value) {
    if (value instanceof String) {
      return PrimitiveType.STRING;
    }
    if (value instanceof Long) {
      return PrimitiveType.BIGINT;
    }
    if (value instanceof Double) {
      return PrimitiveType.DOUBLE;
    }
    if (value instanceof Boolean) {
      return PrimitiveType.BOOLEAN;
    }
    if (value instanceof Integer) {
      return PrimitiveType.INT;
    }
    if (value instanceof Short) {
      return PrimitiveType.SMALLINT;
    }
    if (value instanceof Byte) {
      return PrimitiveType.TINYINT;
    }
    if (value instanceof Float) {
      return PrimitiveType.FLOAT;
    }
    if (value instanceof BigDecimal || value instanceof scala.math.BigDecimal) {
      return new DecimalType(38, 18);
    }
    if (value instanceof BigInteger) {
      return new DecimalType(38, 0);
    }
    if (value instanceof java.sql.Date || value instanceof LocalDate) {
      return PrimitiveType.DATE;
    }
    if (value instanceof java.sql.Timestamp || value instanceof Instant) {
      return PrimitiveType.TIMESTAMP;
    }
    if (value instanceof byte[]) {
      return PrimitiveType.BINARY;
    }
    // Unknown user objects are kept as their text so a map function can never break the frame's schema.
    return PrimitiveType.STRING;
  }
}
