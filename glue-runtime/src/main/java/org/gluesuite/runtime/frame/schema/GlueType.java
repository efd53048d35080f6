package org.gluesuite.runtime.frame.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/**
 * The logical type of a GlueFrame field. Unlike Spark's types it has a {@link ChoiceType}: a field seen with
 * several types. Physically (in the Spark Dataset and in {@code toDF()}) a choice is a struct with one field per
 * alternative, named by the alternative's {@link #kind()}.
 */
public sealed interface GlueType extends Serializable
    permits GlueType.AtomicType, GlueType.StructType, GlueType.ArrayType, GlueType.MapType, GlueType.ChoiceType {

  AtomicType NULL = new AtomicType("null", DataTypes.NullType);
  AtomicType BOOLEAN = new AtomicType("boolean", DataTypes.BooleanType);
  AtomicType BYTE = new AtomicType("byte", DataTypes.ByteType);
  AtomicType SHORT = new AtomicType("short", DataTypes.ShortType);
  AtomicType INT = new AtomicType("int", DataTypes.IntegerType);
  AtomicType LONG = new AtomicType("long", DataTypes.LongType);
  AtomicType FLOAT = new AtomicType("float", DataTypes.FloatType);
  AtomicType DOUBLE = new AtomicType("double", DataTypes.DoubleType);
  AtomicType STRING = new AtomicType("string", DataTypes.StringType);
  AtomicType DATE = new AtomicType("date", DataTypes.DateType);
  AtomicType TIMESTAMP = new AtomicType("timestamp", DataTypes.TimestampType);
  AtomicType BINARY = new AtomicType("binary", DataTypes.BinaryType);

  /** The name that identifies this type as a choice alternative: the atomic name, or struct, array, map. */
  String kind();

  /** The physical Spark type the frame's Dataset uses for this logical type. */
  DataType toSpark();

  /** Glue-style rendering, e.g. {@code choice{long,string}}, {@code struct{a:long}}, {@code array<string>}. */
  String simpleString();

  default boolean isNull() {
    return this == NULL || (this instanceof AtomicType a && a.name().equals("null"));
  }

  /** A scalar type, e.g. long or string. Decimals keep their precision in the Spark type. */
  record AtomicType(String name, DataType sparkType) implements GlueType {
    public AtomicType {
      Objects.requireNonNull(name);
      Objects.requireNonNull(sparkType);
    }

    @Override
    public String kind() {
      return name;
    }

    @Override
    public DataType toSpark() {
      return sparkType;
    }

    @Override
    public String simpleString() {
      return sparkType instanceof DecimalType ? sparkType.simpleString() : name;
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** A named field of a struct. */
  record Field(String name, GlueType type) implements Serializable {
    public Field {
      Objects.requireNonNull(name);
      Objects.requireNonNull(type);
    }
  }

  /** A record: ordered, uniquely named fields. The frame's schema is a StructType. */
  record StructType(List<Field> fields) implements GlueType {
    public StructType {
      fields = List.copyOf(fields);
    }

    public static StructType of(Field... fields) {
      return new StructType(List.of(fields));
    }

    public List<String> fieldNames() {
      return fields.stream().map(Field::name).collect(Collectors.toList());
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
    public org.apache.spark.sql.types.StructType toSpark() {
      StructField[] out = new StructField[fields.size()];
      for (int i = 0; i < out.length; i++) {
        Field f = fields.get(i);
        out[i] = new StructField(f.name(), f.type().toSpark(), true, Metadata.empty());
      }
      return new org.apache.spark.sql.types.StructType(out);
    }

    @Override
    public String simpleString() {
      return fields.stream().map(f -> f.name() + ":" + f.type().simpleString())
          .collect(Collectors.joining(",", "struct{", "}"));
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** An array of elements of one (possibly choice) type. */
  record ArrayType(GlueType elementType) implements GlueType {
    public ArrayType {
      Objects.requireNonNull(elementType);
    }

    @Override
    public String kind() {
      return "array";
    }

    @Override
    public DataType toSpark() {
      return DataTypes.createArrayType(elementType.toSpark(), true);
    }

    @Override
    public String simpleString() {
      return "array<" + elementType.simpleString() + ">";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** A map; only frames built from DataFrames have maps (JSON objects are always structs). */
  record MapType(GlueType keyType, GlueType valueType) implements GlueType {
    @Override
    public String kind() {
      return "map";
    }

    @Override
    public DataType toSpark() {
      return DataTypes.createMapType(keyType.toSpark(), valueType.toSpark(), true);
    }

    @Override
    public String simpleString() {
      return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /**
   * A field seen with several types. Alternatives have distinct kinds and are kept sorted by kind so the same
   * data always yields the same physical struct.
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
      return alternatives.stream().map(GlueType::kind).collect(Collectors.toList());
    }

    @Override
    public String kind() {
      return "choice";
    }

    @Override
    public org.apache.spark.sql.types.StructType toSpark() {
      StructField[] out = new StructField[alternatives.size()];
      for (int i = 0; i < out.length; i++) {
        GlueType a = alternatives.get(i);
        out[i] = new StructField(a.kind(), a.toSpark(), true, Metadata.empty());
      }
      return new org.apache.spark.sql.types.StructType(out);
    }

    @Override
    public String simpleString() {
      return alternatives.stream().map(GlueType::simpleString).collect(Collectors.joining(",", "choice{", "}"));
    }

    @Override
    public String toString() {
      return simpleString();
    }
  }

  /** The logical type of a Spark type; a DataFrame has no choices, so structs stay structs. */
  static GlueType fromSpark(DataType type) {
    if (type instanceof org.apache.spark.sql.types.StructType s) {
      List<Field> fields = new ArrayList<>();
      for (StructField f : s.fields()) {
        fields.add(new Field(f.name(), fromSpark(f.dataType())));
      }
      return new StructType(fields);
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType a) {
      return new ArrayType(fromSpark(a.elementType()));
    }
    if (type instanceof org.apache.spark.sql.types.MapType m) {
      return new MapType(fromSpark(m.keyType()), fromSpark(m.valueType()));
    }
    if (type instanceof DecimalType) {
      return new AtomicType("decimal", type);
    }
    for (AtomicType a : List.of(NULL, BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, STRING, DATE, TIMESTAMP,
        BINARY)) {
      if (a.sparkType().equals(type)) {
        return a;
      }
    }
    // Anything exotic (intervals, timestamp_ntz, ...) keeps Spark's own name as its kind.
    return new AtomicType(type.typeName(), type);
  }

  /**
   * Parses a type name as Glue mappings and resolveChoice actions write it ({@code long}, {@code int},
   * {@code string}, {@code decimal(10,2)}) or as a Hive/Spark DDL type ({@code bigint}, {@code array<int>}).
   *
   * @throws IllegalArgumentException when the name is not a type
   */
  static GlueType parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "long":
        return LONG;
      case "integer":
        return INT;
      case "null":
        return NULL;
      default:
        break;
    }
    try {
      return fromSpark(DataType.fromDDL(n));
    } catch (Exception e) { // Spark's ParseException is checked in Java's eyes but thrown unchecked
      throw new IllegalArgumentException("Not a type: " + name, e);
    }
  }
}
