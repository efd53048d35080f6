package org.gluesuite.runtime.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;

/** Converts between the catalog's Hive type strings and Spark types. */
public final class CatalogSchemas {
  private CatalogSchemas() {
  }

  public static StructType toSpark(List<Column> columns) {
    List<StructField> fields = new ArrayList<>(columns.size());
    for (Column column : columns) {
      fields.add(DataTypes.createStructField(column.name(), sparkType(column), true));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  public static DataType sparkType(Column column) {
    try {
      return DataType.fromDDL(column.type());
    } catch (RuntimeException e) {
      throw new ContextErrors.InvalidOptionException(String.format(
          "Column '%s' has type '%s', which is not a Hive/Glue type Spark can read (%s). Use a type such as "
              + "string, bigint, double, boolean, date, timestamp, decimal(p,s), array<...>, map<...,...> or "
              + "struct<...>.", column.name(), column.type(), e.getMessage().lines().findFirst().orElse("")));
    }
  }

  /**
   * The columns of {@code table} in catalog order and types, then its partition keys: each present column
   * cast to its declared type, each missing one null of that type. Turns a self-describing read into the
   * table's shape.
   */
  public static Dataset<Row> conform(
      Dataset<Row> data, Table table) {
    Set<String> present = Set.of(data.columns());
    List<org.apache.spark.sql.Column> columns = new ArrayList<>();
    List<Column> wanted = new ArrayList<>(table.storageDescriptor().columns());
    wanted.addAll(table.partitionKeys());
    for (Column column : wanted) {
      DataType type = sparkType(column);
      columns.add((present.contains(column.name()) ? functions.col("`" + column.name() + "`")
          : functions.lit(null)).cast(type).as(column.name()));
    }
    return data.select(columns.toArray(new org.apache.spark.sql.Column[0]));
  }

  /** Catalog columns for the given Spark fields, in order, with Glue's lower-case type names. */
  public static List<Column> fromSpark(StructType schema, List<String> excluded) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      if (!excluded.contains(field.name())) {
        columns.add(Column.of(field.name(), field.dataType().catalogString()));
      }
    }
    return columns;
  }
}
