package org.gluesuite.runtime.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.runtime.types.SparkTypes;

/** Turns a self-describing read into a table's declared shape. */
final class TableShape {
  private TableShape() {
  }

  /**
   * The table's columns in catalog order and types, then its partition keys: each present column cast to its
   * declared type, each missing one null of that type.
   */
  static Dataset<Row> conform(Dataset<Row> data, TableSchema schema) {
    Set<String> present = Set.of(data.columns());
    List<Column> columns = new ArrayList<>();
    for (Field field : schema.rowType().fields()) {
      Column value = present.contains(field.name()) ? functions.col("`" + field.name().replace("`", "``") + "`")
          : functions.lit(null);
      columns.add(value.cast(SparkTypes.toSpark(field.type())).as(field.name()));
    }
    return data.select(columns.toArray(new Column[0]));
  }
}
