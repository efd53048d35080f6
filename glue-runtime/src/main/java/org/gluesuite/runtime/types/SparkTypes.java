package org.gluesuite.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.CharType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.EngineType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TableSchema;

/**
 * Glue types to and from Spark types. Every field and element is nullable on the Spark side, as in Glue's
 * {@code toDF()}. {@code char(n)} and {@code varchar(n)} read as Spark strings (what Spark's readers give for them);
 * a choice is stored as a struct with one field per alternative, named by the alternative's kind
 * ({@code choice{long,string}} is {@code struct<long:bigint,string:string>}).
 */
public final class SparkTypes {
  private static final Map<PrimitiveType, DataType> PRIMITIVES = Map.ofEntries(
      Map.entry(PrimitiveType.NULL, DataTypes.NullType), Map.entry(PrimitiveType.BOOLEAN, DataTypes.BooleanType),
      Map.entry(PrimitiveType.TINYINT, DataTypes.ByteType), Map.entry(PrimitiveType.SMALLINT, DataTypes.ShortType),
      Map.entry(PrimitiveType.INT, DataTypes.IntegerType), Map.entry(PrimitiveType.BIGINT, DataTypes.LongType),
      Map.entry(PrimitiveType.FLOAT, DataTypes.FloatType), Map.entry(PrimitiveType.DOUBLE, DataTypes.DoubleType),
      Map.entry(PrimitiveType.STRING, DataTypes.StringType), Map.entry(PrimitiveType.DATE, DataTypes.DateType),
      Map.entry(PrimitiveType.TIMESTAMP, DataTypes.TimestampType),
      Map.entry(PrimitiveType.BINARY, DataTypes.BinaryType));

  private SparkTypes() {
  }

  public static DataType toSpark(GlueType type) {
    if (type instanceof PrimitiveType p) {
      return PRIMITIVES.get(p);
    }
    if (type instanceof StructType s) {
      return toSpark(s);
    }
    if (type instanceof ChoiceType c) {
      List<Field> alternatives = new ArrayList<>();
      c.alternatives().forEach(a -> alternatives.add(new Field(a.kind(), a)));
      return toSpark(new StructType(alternatives));
    }
    if (type instanceof ArrayType a) {
      return DataTypes.createArrayType(toSpark(a.elementType()), true);
    }
    if (type instanceof MapType m) {
      return DataTypes.createMapType(toSpark(m.keyType()), toSpark(m.valueType()), true);
    }
    if (type instanceof DecimalType d) {
      return DataTypes.createDecimalType(d.precision(), d.scale());
    }
    if (type instanceof CharType || type instanceof VarcharType) {
      return DataTypes.StringType;
    }
    return (DataType) ((EngineType) type).engineType();
  }

  public static org.apache.spark.sql.types.StructType toSpark(StructType struct) {
    StructField[] fields = new StructField[struct.fields().size()];
    for (int i = 0; i < fields.length; i++) {
      Field f = struct.fields().get(i);
      fields[i] = new StructField(f.name(), toSpark(f.type()), true, Metadata.empty());
    }
    return new org.apache.spark.sql.types.StructType(fields);
  }

  /** A table's row as Spark reads it: its columns, then its partition keys. */
  public static org.apache.spark.sql.types.StructType toSpark(TableSchema schema) {
    return toSpark(schema.rowType());
  }

  /** The Glue type of a Spark type; a DataFrame has no choices, so structs stay structs. */
  public static GlueType fromSpark(DataType type) {
    if (type instanceof org.apache.spark.sql.types.StructType s) {
      return fromSpark(s);
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType a) {
      return new ArrayType(fromSpark(a.elementType()));
    }
    if (type instanceof org.apache.spark.sql.types.MapType m) {
      return new MapType(fromSpark(m.keyType()), fromSpark(m.valueType()));
    }
    if (type instanceof org.apache.spark.sql.types.DecimalType d) {
      return new DecimalType(d.precision(), d.scale());
    }
    if (type instanceof org.apache.spark.sql.types.CharType c) {
      return new CharType(c.length());
    }
    if (type instanceof org.apache.spark.sql.types.VarcharType v) {
      return new VarcharType(v.length());
    }
    for (Map.Entry<PrimitiveType, DataType> e : PRIMITIVES.entrySet()) {
      if (e.getValue().equals(type)) {
        return e.getKey();
      }
    }
    // timestamp_ntz, intervals, user-defined types: Glue has no name for them; carry Spark's.
    return new EngineType(type.typeName(), type);
  }

  public static StructType fromSpark(org.apache.spark.sql.types.StructType struct) {
    List<Field> fields = new ArrayList<>(struct.fields().length);
    for (StructField f : struct.fields()) {
      fields.add(new Field(f.name(), fromSpark(f.dataType())));
    }
    return new StructType(fields);
  }

  /** Catalog columns for a Spark schema's fields, leaving out {@code excluded} (e.g. partition keys). */
  public static List<Column> catalogColumns(org.apache.spark.sql.types.StructType schema, List<String> excluded) {
    List<Field> fields = new ArrayList<>();
    for (Field f : fromSpark(schema).fields()) {
      if (!excluded.contains(f.name())) {
        fields.add(f);
      }
    }
    return TableSchema.catalogColumns(fields);
  }
}
