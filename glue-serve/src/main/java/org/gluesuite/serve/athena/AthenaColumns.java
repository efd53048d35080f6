package org.gluesuite.serve.athena;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark result's columns as Athena describes them ({@code ResultSetMetadata.ColumnInfo}: Athena's type names,
 * precision and scale) and its values as Athena prints them ({@code VarCharValue}, the CSV cells).
 */
final class AthenaColumns {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private AthenaColumns() {
  }

  /** One {@code ColumnInfo} per field of {@code schema}. */
  static List<Map<String, Object>> columnInfo(StructType schema) {
    List<Map<String, Object>> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      DataType type = field.dataType();
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("CatalogName", "hive");
      info.put("SchemaName", "");
      info.put("TableName", "");
      info.put("Name", field.name());
      info.put("Label", field.name());
      info.put("Type", typeName(type));
      info.put("Precision", precision(type));
      info.put("Scale", type instanceof DecimalType decimal ? decimal.scale() : 0);
      info.put("Nullable", "UNKNOWN");
      info.put("CaseSensitive", type.equals(DataTypes.StringType));
      columns.add(info);
    }
    return columns;
  }

  /** Athena's (Trino's) name for a Spark type. */
  static String typeName(DataType type) {
    if (type instanceof DecimalType) {
      return "decimal";
    }
    if (type instanceof ArrayType) {
      return "array";
    }
    if (type instanceof MapType) {
      return "map";
    }
    if (type instanceof StructType) {
      return "row";
    }
    return switch (type.typeName()) {
      case "string" -> "varchar";
      case "integer" -> "integer";
      case "long" -> "bigint";
      case "short" -> "smallint";
      case "byte" -> "tinyint";
      case "double" -> "double";
      case "float" -> "real";
      case "boolean" -> "boolean";
      case "date" -> "date";
      case "timestamp", "timestamp_ntz" -> "timestamp";
      case "binary" -> "varbinary";
      default -> "varchar";
    };
  }

  private static int precision(DataType type) {
    if (type instanceof DecimalType decimal) {
      return decimal.precision();
    }
    return switch (typeName(type)) {
      case "varchar", "varbinary" -> Integer.MAX_VALUE;
      case "integer" -> 10;
      case "bigint" -> 19;
      case "smallint" -> 5;
      case "tinyint" -> 3;
      case "double" -> 17;
      case "real" -> 7;
      case "timestamp" -> 3;
      default -> 0;
    };
  }

  /** A value as Athena prints it; null stays null (an empty, unquoted CSV cell). */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return TIMESTAMP.format(timestamp.toLocalDateTime());
    }
    if (value instanceof Instant instant) {
      return TIMESTAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    if (value instanceof LocalDateTime local) {
      return TIMESTAMP.format(local);
    }
    if (value instanceof byte[] bytes) {
      return java.util.HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      List<String> items = new ArrayList<>();
      scala.collection.JavaConverters.seqAsJavaList(seq).forEach(item -> items.add(String.valueOf(text(item))));
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      scala.collection.JavaConverters.mapAsJavaMap(map).forEach((k, v) -> entries.add(text(k) + "=" + text(v)));
      return "{" + String.join(", ", entries) + "}";
    }
    if (value instanceof org.apache.spark.sql.Row row) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        fields.add((row.schema() == null ? "_" + i : row.schema().fields()[i].name()) + "=" + text(row.get(i)));
      }
      return "{" + String.join(", ", fields) + "}";
    }
    return String.valueOf(value);
  }
}
