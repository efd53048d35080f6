package org.gluesuite.catalog.types;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Glue type: what a Data Catalog column holds ({@code bigint}, {@code decimal(10,2)},
 * {@code array<struct<sku:string>>}) and what a DynamicFrame field holds, which may also be a
 * {@link ChoiceType} (a field seen with several types) or {@code null} (a field never seen with a value).
 *
 * <p>Two renderings of the same type: {@link #catalogString()} is the Hive form the catalog stores
 * ({@code bigint}, {@code struct<a:int>}), {@link #simpleString()} the DynamicFrame form Glue prints
 * ({@code long}, {@code struct{a:int}}, {@code choice{long,string}}). {@link TypeParser} reads types,
 * {@link TypeMerger} merges them; the Spark binding lives in the runtime.
 */
public sealed interface GlueType extends Serializable permits PrimitiveType, GlueType.DecimalType,
    GlueType.CharType, GlueType.VarcharType, GlueType.StructType, GlueType.ArrayType, GlueType.MapType,
    GlueType.ChoiceType, GlueType.EngineType {

  /**
   * The name that tells this type apart among a choice's alternatives, as Glue names them: the frame name of a
   * primitive ({@code long}, {@code int}), else {@code decimal}, {@code struct}, {@code array}, {@code map} …
   */
  String kind();

  /** The Hive form the Data Catalog stores, e.g. {@code array<struct<a:bigint>>}. */
  default String catalogString() {
    return TypePrinter.catalogString(this);
  }

  /** The DynamicFrame form, e.g. {@code choice{long,string}}, {@code struct{a:long}}, {@code array<string>}. */
  default String simpleString() {
    return TypePrinter.simpleString(this);
  }

  default boolean isNull() {
    return this == PrimitiveType.NULL;
  }

  /** {@code decimal(precision,scale)}: 1 <= precision <= 38, 0 <= scale <= precision. */
  record DecimalType(int precision, int scale) implements GlueType {
    public static final int MAX_PRECISION = 38;

    public DecimalType {
      if (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision) {
        throw new IllegalArgumentException("decimal(" + precision + "," + scale + ") needs 1 <= precision <= 38"
            + " and 0 <= scale <= precision");
      }
    }

    @Override
    public String kind() {
      return "decimal";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** {@code char(length)}, 1 to 255 characters. */
  record CharType(int length) implements GlueType {
    public static final int MAX_LENGTH = 255;

    public CharType {
      if (length < 1 || length > MAX_LENGTH) {
        throw new IllegalArgumentException("char(" + length + ") needs a length from 1 to " + MAX_LENGTH);
      }
    }

    @Override
    public String kind() {
      return "char";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** {@code varchar(length)}, 1 to 65535 characters. */
  record VarcharType(int length) implements GlueType {
    public static final int MAX_LENGTH = 65535;

    public VarcharType {
      if (length < 1 || length > MAX_LENGTH) {
        throw new IllegalArgumentException("varchar(" + length + ") needs a length from 1 to " + MAX_LENGTH);
      }
    }

    @Override
    public String kind() {
      return "varchar";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** A named field of a struct (or a column). */
  record Field(String name, GlueType type) implements Serializable {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A record: ordered, uniquely named fields. A frame's schema and a table's columns are structs. */
  record StructType(List<Field> fields) implements GlueType {
    public StructType {
      fields = List.copyOf(fields);
    }

    public static StructType of(Field... fields) {
      return new StructType(List.of(fields));
    }

    public List<String> fieldNames() {
      return fields.stream().map(Field::name).toList();
    }

    /** The field with this name; case-insensitive matching only when asked for. */
    public Optional<Field> field(String name, boolean caseSensitive) {
      for (Field f : fields) {
        if (caseSensitive ? f.name().equals(name) : f.name().equalsIgnoreCase(name)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }

    public Optional<Field> field(String name) {
      return field(name, true);
    }

    @Override
    public String kind() {
      return "struct";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** An array of elements of one (possibly choice) type. */
  record ArrayType(GlueType elementType) implements GlueType {
    public ArrayType {
      Objects.requireNonNull(elementType, "elementType");
    }

    @Override
    public String kind() {
      return "array";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** A map; in the catalog its key is a primitive type. */
  record MapType(GlueType keyType, GlueType valueType) implements GlueType {
    public MapType {
      Objects.requireNonNull(keyType, "keyType");
      Objects.requireNonNull(valueType, "valueType");
    }

    @Override
    public String kind() {
      return "map";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /**
   * A DynamicFrame field seen with several types, e.g. {@code choice{long,string}}. Alternatives have distinct
   * kinds and are kept sorted by kind, so the same data always gives the same type. The catalog has no choice.
   */
  record ChoiceType(List<GlueType> alternatives) implements GlueType {
    public ChoiceType {
      List<GlueType> sorted = new ArrayList<>(alternatives);
      sorted.sort(Comparator.comparing(GlueType::kind));
      alternatives = List.copyOf(sorted);
    }

    public Optional<GlueType> alternative(String kind) {
      return alternatives.stream().filter(a -> a.kind().equals(kind)).findFirst();
    }

    public List<String> kinds() {
      return alternatives.stream().map(GlueType::kind).toList();
    }

    @Override
    public String kind() {
      return "choice";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /**
   * A type of the execution engine that Glue has no name for (Spark's {@code timestamp_ntz}, intervals,
   * user-defined types), carried unchanged so a frame made from a DataFrame keeps it. {@code name} is the
   * engine's own name for it; {@code engineType} the engine's type object (serializable at run time, as Spark's
   * types are, though not declared so).
   */
  record EngineType(String name, Object engineType) implements GlueType {
    public EngineType {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(engineType, "engineType");
    }

    @Override
    public String kind() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
