package org.gluesuite.runtime.context;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;

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
