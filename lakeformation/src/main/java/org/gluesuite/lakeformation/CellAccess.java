package org.gluesuite.lakeformation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.gluesuite.runtime.access.TableRead;

/**
 * The union of a principal's slices of one table, applied as Lake Formation does: a row is returned if any
 * slice's filter keeps it; a column is returned if any slice exposes it; and a cell of a returned row is
 * filled only if some slice exposing that column keeps that row (else it is null). Compiled to Spark column
 * expressions once per read; no SQL text.
 */
final class CellAccess implements TableRead {
  private final List<String> tableColumns;
  private final List<AccessSlice> slices;

  CellAccess(List<String> tableColumns, List<AccessSlice> slices) {
    this.tableColumns = List.copyOf(tableColumns);
    this.slices = List.copyOf(slices);
  }

  /** The access for these slices: unrestricted when one slice is the whole table. */
  static TableRead of(List<String> tableColumns, List<AccessSlice> slices) {
    boolean whole = slices.stream().anyMatch(s -> s.allRows() && s.columns().containsAll(tableColumns));
    return whole ? TableRead.UNRESTRICTED : new CellAccess(tableColumns, slices);
  }

  @Override
  public boolean restricted() {
    return true;
  }

  /** The columns returned, in table order. */
  List<String> visibleColumns() {
    Set<String> visible = new LinkedHashSet<>();
    for (String column : tableColumns) {
      if (slices.stream().anyMatch(s -> s.columns().contains(column))) {
        visible.add(column);
      }
    }
    return new ArrayList<>(visible);
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> table) {
    Set<String> names = Set.of(table.columns());
    List<Column> predicates = new ArrayList<>();
    for (AccessSlice slice : slices) {
      predicates.add(slice.allRows() ? null : slice.rowFilter().toColumn(names));
    }
    Dataset<Row> rows = table;
    if (!predicates.contains(null)) {
      rows = table.where(anyOf(predicates));
    }
    List<Column> projection = new ArrayList<>();
    for (String column : visibleColumns()) {
      List<Column> exposing = new ArrayList<>();
      boolean everywhere = true;
      for (int i = 0; i < slices.size(); i++) {
        if (slices.get(i).columns().contains(column)) {
          exposing.add(predicates.get(i));
        } else {
          everywhere = false;
        }
      }
      Column value = functions.col("`" + column.replace("`", "``") + "`");
      if (everywhere || exposing.contains(null)) {
        projection.add(value);
      } else {
        projection.add(functions.when(anyOf(exposing), value).as(column));
      }
    }
    return rows.select(projection.toArray(new Column[0]));
  }

  private static Column anyOf(List<Column> predicates) {
    Column any = predicates.get(0);
    for (Column predicate : predicates.subList(1, predicates.size())) {
      any = any.or(predicate);
    }
    return any;
  }

  /** For the audit log: the filters applied and the columns returned. */
  String summary() {
    List<String> filters = slices.stream().filter(s -> !s.allRows())
        .map(s -> s.source() + " [" + s.rowFilter().expression() + "]").toList();
    return "columns " + visibleColumns() + (filters.isEmpty() ? ", all rows" : ", rows of " + String.join(" OR ", filters));
  }
}
