package org.gluesuite.runtime.frame.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DecimalType;
import org.gluesuite.runtime.frame.schema.GlueType;
import org.gluesuite.runtime.frame.schema.GlueType.ArrayType;
import org.gluesuite.runtime.frame.schema.GlueType.AtomicType;
import org.gluesuite.runtime.frame.schema.GlueType.ChoiceType;
import org.gluesuite.runtime.frame.schema.GlueType.Field;
import org.gluesuite.runtime.frame.schema.GlueType.MapType;
import org.gluesuite.runtime.frame.schema.GlueType.StructType;

/**
 * Merges the types of two records into one, Glue style: null adds nothing, structs merge field by field (fields in
 * order of first appearance), arrays merge their element types, and different kinds become a choice.
 */
public final class TypeMerger {
  private TypeMerger() {
  }

  public static GlueType merge(GlueType a, GlueType b) {
    if (a == null || a.isNull()) {
      return b == null ? GlueType.NULL : b;
    }
    if (b == null || b.isNull()) {
      return a;
    }
    if (a instanceof ChoiceType || b instanceof ChoiceType || !a.kind().equals(b.kind())) {
      return mergeAlternatives(alternativesOf(a), alternativesOf(b));
    }
    return mergeSameKind(a, b);
  }

  private static GlueType mergeSameKind(GlueType a, GlueType b) {
    if (a instanceof StructType sa && b instanceof StructType sb) {
      return mergeStructs(sa, sb);
    }
    if (a instanceof ArrayType aa && b instanceof ArrayType ab) {
      return new ArrayType(merge(aa.elementType(), ab.elementType()));
    }
    if (a instanceof MapType ma && b instanceof MapType mb) {
      return new MapType(merge(ma.keyType(), mb.keyType()), merge(ma.valueType(), mb.valueType()));
    }
    if (a instanceof AtomicType x && b instanceof AtomicType y
        && x.sparkType() instanceof DecimalType dx && y.sparkType() instanceof DecimalType dy) {
      return dx.precision() >= dy.precision() ? x : y;
    }
    return a;
  }

  private static StructType mergeStructs(StructType a, StructType b) {
    Map<String, GlueType> merged = new LinkedHashMap<>();
    for (Field f : a.fields()) {
      merged.put(f.name(), f.type());
    }
    for (Field f : b.fields()) {
      merged.merge(f.name(), f.type(), TypeMerger::merge);
    }
    List<Field> fields = new ArrayList<>(merged.size());
    merged.forEach((name, type) -> fields.add(new Field(name, type)));
    return new StructType(fields);
  }

  private static List<GlueType> alternativesOf(GlueType t) {
    return t instanceof ChoiceType c ? c.alternatives() : List.of(t);
  }

  private static GlueType mergeAlternatives(List<GlueType> a, List<GlueType> b) {
    Map<String, GlueType> byKind = new LinkedHashMap<>();
    for (GlueType t : a) {
      byKind.merge(t.kind(), t, TypeMerger::mergeSameKind);
    }
    for (GlueType t : b) {
      byKind.merge(t.kind(), t, TypeMerger::mergeSameKind);
    }
    if (byKind.size() == 1) {
      return byKind.values().iterator().next();
    }
    return new ChoiceType(new ArrayList<>(byKind.values()));
  }

  /**
   * Replaces null types in {@code inferred} by the type {@code hint} declares at the same place, so a column that
   * holds only nulls after {@code map} keeps the type it had before instead of collapsing to null.
   */
  public static GlueType fillNulls(GlueType inferred, GlueType hint) {
    if (hint == null) {
      return inferred;
    }
    if (inferred.isNull()) {
      return hint;
    }
    if (inferred instanceof StructType s && hint instanceof StructType h) {
      List<Field> fields = new ArrayList<>();
      for (Field f : s.fields()) {
        GlueType hinted = h.field(f.name()).map(Field::type).orElse(null);
        fields.add(new Field(f.name(), fillNulls(f.type(), hinted)));
      }
      return new StructType(fields);
    }
    if (inferred instanceof ArrayType a && hint instanceof ArrayType h) {
      return new ArrayType(fillNulls(a.elementType(), h.elementType()));
    }
    if (inferred instanceof MapType m && hint instanceof MapType h) {
      return new MapType(fillNulls(m.keyType(), h.keyType()), fillNulls(m.valueType(), h.valueType()));
    }
    return inferred;
  }
}
