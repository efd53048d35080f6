package org.gluesuite.catalog.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.CharType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;

/**
 * Merges the types seen in different records or files into one. Both rules let {@code null} give way to any type,
 * take the union of struct fields (first-seen order), merge array elements and map keys and values, and widen
 * decimals to hold both. They differ on a conflict:
 * <ul>
 *   <li>{@link #CATALOG} (the crawler; a catalog column has one type) widens: integers to the wider integer
 *       ({@code int + bigint = bigint}), integers and floating point to {@code double}, decimals with integers to a
 *       decimal that holds both, {@code date + timestamp = timestamp}, and anything else to {@code string}, which
 *       every value can be read as. Field names match ignoring case, as the catalog folds them.</li>
 *   <li>{@link #FRAME} (a DynamicFrame) keeps every type it saw: different kinds become a choice
 *       ({@code int + long = choice{int,long}}, as Glue's frames show), to be settled by resolveChoice. Field names
 *       match exactly.</li>
 * </ul>
 */
public final class TypeMerger {
  public static final TypeMerger CATALOG = new TypeMerger(false);
  public static final TypeMerger FRAME = new TypeMerger(true);

  private static final List<PrimitiveType> INTEGERS =
      List.of(PrimitiveType.TINYINT, PrimitiveType.SMALLINT, PrimitiveType.INT, PrimitiveType.BIGINT);
  /** The decimal digits each integer type needs. */
  private static final Map<PrimitiveType, Integer> INTEGER_DIGITS = Map.of(PrimitiveType.TINYINT, 3,
      PrimitiveType.SMALLINT, 5, PrimitiveType.INT, 10, PrimitiveType.BIGINT, 19);

  private final boolean choices;

  private TypeMerger(boolean choices) {
    this.choices = choices;
  }

  public GlueType merge(GlueType a, GlueType b) {
    if (a == null || a.isNull()) {
      return b == null ? PrimitiveType.NULL : b;
    }
    if (b == null || b.isNull() || a.equals(b)) {
      return a;
    }
    return choices ? mergeKeepingKinds(a, b) : widen(a, b);
  }

  /** The union of two field lists in first-seen order, the types of same-named fields merged. */
  public List<Field> mergeFields(List<Field> a, List<Field> b) {
    Map<String, Field> merged = new LinkedHashMap<>();
    for (List<Field> fields : List.of(a, b)) {
      for (Field f : fields) {
        merged.merge(key(f.name()), f, (old, incoming) -> new Field(old.name(), merge(old.type(), incoming.type())));
      }
    }
    return new ArrayList<>(merged.values());
  }

  /**
   * The type a catalog column gets for an inferred type: what was never seen with a value (null, also inside
   * structs, arrays and maps) becomes {@code string}.
   */
  public static GlueType nullsAsString(GlueType type) {
    if (type.isNull()) {
      return PrimitiveType.STRING;
    }
    if (type instanceof StructType s) {
      return new StructType(s.fields().stream().map(f -> new Field(f.name(), nullsAsString(f.type()))).toList());
    }
    if (type instanceof ArrayType a) {
      return new ArrayType(nullsAsString(a.elementType()));
    }
    if (type instanceof MapType m) {
      return new MapType(nullsAsString(m.keyType()), nullsAsString(m.valueType()));
    }
    return type;
  }

  private String key(String name) {
    return choices ? name : name.toLowerCase(Locale.ROOT);
  }

  // ---- DynamicFrame: choices -------------------------------------------------------------------

  private GlueType mergeKeepingKinds(GlueType a, GlueType b) {
    Map<String, GlueType> byKind = new LinkedHashMap<>();
    for (GlueType t : List.of(a, b)) {
      for (GlueType alternative : t instanceof ChoiceType c ? c.alternatives() : List.of(t)) {
        byKind.merge(alternative.kind(), alternative, this::mergeSameKind);
      }
    }
    return byKind.size() == 1 ? byKind.values().iterator().next() : new ChoiceType(new ArrayList<>(byKind.values()));
  }

  /** Two types of one kind: structs, arrays and maps merge inside; decimals and strings widen to hold both. */
  private GlueType mergeSameKind(GlueType a, GlueType b) {
    GlueType nested = mergeNested(a, b);
    if (nested != null) {
      return nested;
    }
    if (a instanceof DecimalType x && b instanceof DecimalType y) {
      return decimal(x.precision() - x.scale(), y.precision() - y.scale(), Math.max(x.scale(), y.scale()));
    }
    if (a instanceof CharType x && b instanceof CharType y) {
      return new CharType(Math.max(x.length(), y.length()));
    }
    if (a instanceof VarcharType x && b instanceof VarcharType y) {
      return new VarcharType(Math.max(x.length(), y.length()));
    }
    return a;
  }

  private GlueType mergeNested(GlueType a, GlueType b) {
    if (a instanceof StructType x && b instanceof StructType y) {
      return new StructType(mergeFields(x.fields(), y.fields()));
    }
    if (a instanceof ArrayType x && b instanceof ArrayType y) {
      return new ArrayType(merge(x.elementType(), y.elementType()));
    }
    if (a instanceof MapType x && b instanceof MapType y) {
      return new MapType(merge(x.keyType(), y.keyType()), merge(x.valueType(), y.valueType()));
    }
    return null;
  }

  // ---- catalog: widening -----------------------------------------------------------------------

  private GlueType widen(GlueType a, GlueType b) {
    if (a instanceof ChoiceType || b instanceof ChoiceType) {
      GlueType widened = PrimitiveType.NULL;
      for (GlueType t : List.of(a, b)) {
        for (GlueType alternative : t instanceof ChoiceType c ? c.alternatives() : List.of(t)) {
          widened = merge(widened, alternative);
        }
      }
      return widened;
    }
    GlueType nested = mergeNested(a, b);
    if (nested != null) {
      return nested;
    }
    if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
      return INTEGERS.get(Math.max(INTEGERS.indexOf(a), INTEGERS.indexOf(b)));
    }
    if (a instanceof DecimalType || b instanceof DecimalType) {
      return widenDecimal(a, b);
    }
    if (isNumber(a) && isNumber(b)) {
      return PrimitiveType.DOUBLE;
    }
    if (isTemporal(a) && isTemporal(b)) {
      return PrimitiveType.TIMESTAMP;
    }
    if (a instanceof VarcharType x && b instanceof VarcharType y) {
      return new VarcharType(Math.max(x.length(), y.length()));
    }
    return PrimitiveType.STRING;
  }

  private static GlueType widenDecimal(GlueType a, GlueType b) {
    int[] x = decimalDigits(a);
    int[] y = decimalDigits(b);
    if (x == null || y == null) {
      return isNumber(a) && isNumber(b) ? PrimitiveType.DOUBLE : PrimitiveType.STRING;
    }
    return decimal(x[0], y[0], Math.max(x[1], y[1]));
  }

  /** Integer digits and scale of a decimal or an integer type; null for other types. */
  private static int[] decimalDigits(GlueType t) {
    if (t instanceof DecimalType d) {
      return new int[] {d.precision() - d.scale(), d.scale()};
    }
    Integer digits = INTEGER_DIGITS.get(t);
    return digits == null ? null : new int[] {digits, 0};
  }

  /** A decimal with room for the larger integer part and the larger scale, at most 38 digits (scale kept first). */
  private static DecimalType decimal(int integerDigitsA, int integerDigitsB, int scale) {
    int precision = Math.min(DecimalType.MAX_PRECISION, Math.max(integerDigitsA, integerDigitsB) + scale);
    return new DecimalType(Math.max(precision, 1), Math.min(scale, precision));
  }

  private static boolean isNumber(GlueType t) {
    return INTEGERS.contains(t) || t == PrimitiveType.FLOAT || t == PrimitiveType.DOUBLE || t instanceof DecimalType;
  }

  private static boolean isTemporal(GlueType t) {
    return t == PrimitiveType.DATE || t == PrimitiveType.TIMESTAMP;
  }
}
