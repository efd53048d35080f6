package org.gluesuite.crawler.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges types seen in different records or files into one, the way the crawler reconciles them: nulls
 * give way to any type, integers widen to bigint and then double, dates widen to timestamps, structs take
 * the union of their fields (in first-seen order), arrays merge their elements, and any other conflict
 * (a choice type in a DynamicFrame) becomes {@code string}, which every value can be read as.
 */
public final class TypeMerger {
  private static final Set<DataType> INTEGRAL = Set.of(DataType.INT, DataType.BIGINT);
  private static final Set<DataType> NUMERIC = Set.of(DataType.INT, DataType.BIGINT, DataType.FLOAT, DataType.DOUBLE);

  private TypeMerger() {
  }

  public static DataType merge(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.equals(DataType.NULL)) {
      return b;
    }
    if (b.equals(DataType.NULL)) {
      return a;
    }
    if (INTEGRAL.contains(a) && INTEGRAL.contains(b)) {
      return DataType.BIGINT;
    }
    if (NUMERIC.contains(a) && NUMERIC.contains(b)) {
      return DataType.DOUBLE;
    }
    if (isTemporal(a) && isTemporal(b)) {
      return DataType.TIMESTAMP;
    }
    if (a instanceof DataType.Struct sa && b instanceof DataType.Struct sb) {
      return new DataType.Struct(mergeFields(sa.fields(), sb.fields()));
    }
    if (a instanceof DataType.Array aa && b instanceof DataType.Array ab) {
      return new DataType.Array(merge(aa.element(), ab.element()));
    }
    return DataType.STRING;
  }

  private static boolean isTemporal(DataType t) {
    return t.equals(DataType.DATE) || t.equals(DataType.TIMESTAMP);
  }

  /** The union of two field lists, first-seen order, types merged; names match case-insensitively. */
  public static List<Field> mergeFields(List<Field> a, List<Field> b) {
    Map<String, Field> merged = new LinkedHashMap<>();
    for (Field f : a) {
      merged.merge(f.name().toLowerCase(java.util.Locale.ROOT), f, TypeMerger::mergeField);
    }
    for (Field f : b) {
      merged.merge(f.name().toLowerCase(java.util.Locale.ROOT), f, TypeMerger::mergeField);
    }
    return new ArrayList<>(merged.values());
  }

  private static Field mergeField(Field existing, Field incoming) {
    return new Field(existing.name(), merge(existing.type(), incoming.type()));
  }
}
