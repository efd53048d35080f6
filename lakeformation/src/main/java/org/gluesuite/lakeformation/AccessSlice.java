package org.gluesuite.lakeformation;

import java.util.List;
import org.gluesuite.lakeformation.rowfilter.RowFilter;

/**
 * One grant's share of a table for SELECT: the columns it exposes and the rows (null filter: all rows).
 * A principal sees the union of its slices, cell by cell.
 */
public record AccessSlice(String source, List<String> columns, RowFilter rowFilter) {
  public AccessSlice {
    columns = List.copyOf(columns);
  }

  public boolean allRows() {
    return rowFilter == null;
  }
}
