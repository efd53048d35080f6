package org.gluesuite.lakeformation;

import java.util.List;
import java.util.Objects;
import org.gluesuite.lakeformation.rowfilter.RowFilter;

/**
 * Lake Formation's {@code DataCellsFilter}: on one table, a row filter ({@code null}: all rows) and the columns
 * it exposes: {@code columnNames} (an include list), or all columns but {@code excludedColumnNames}
 * ({@code ColumnWildcard}; an empty list for all columns).
 */
public record DataCellsFilter(String databaseName, String tableName, String name, RowFilter rowFilter,
    List<String> columnNames, List<String> excludedColumnNames) {

  public DataCellsFilter {
    Objects.requireNonNull(databaseName);
    Objects.requireNonNull(tableName);
    Objects.requireNonNull(name);
    columnNames = columnNames == null ? null : List.copyOf(columnNames);
    excludedColumnNames = excludedColumnNames == null ? null : List.copyOf(excludedColumnNames);
  }

  public boolean on(String database, String table) {
    return databaseName.equals(database) && tableName.equals(table);
  }

  /** The columns it exposes of a table with {@code all} columns. */
  public List<String> columnsOf(List<String> all) {
    if (columnNames != null) {
      return all.stream().filter(columnNames::contains).toList();
    }
    return all.stream().filter(c -> !excludedColumnNames.contains(c)).toList();
  }
}
