package org.gluesuite.runtime.access;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;

/**
 * What a principal may see of one table: a row filter and a column projection (possibly cell masks),
 * applied to the table's full DataFrame before the reader gets it.
 */
public interface TableRead {

  /** The whole table. */
  TableRead UNRESTRICTED = new TableRead() {
    @Override
    public boolean restricted() {
      return false;
    }

    @Override
    public Dataset<Row> apply(Dataset<Row> table) {
      return table;
    }
  };

  /** False when {@link #apply} returns its input unchanged. */
  boolean restricted();

  /**
   * Filters rows and projects columns of {@code table}, a DataFrame with the table's catalog columns and
   * partition keys (named as in the catalog).
   */
  Dataset<Row> apply(Dataset<Row> table);

  /** The table's data columns then partition keys, in catalog order. */
  static List<String> allColumns(Table table) {
    List<String> names = new ArrayList<>();
    if (table.storageDescriptor() != null) {
      table.storageDescriptor().columns().stream().map(Column::name).forEach(names::add);
    }
    table.partitionKeys().stream().map(Column::name).forEach(names::add);
    return names;
  }
}
