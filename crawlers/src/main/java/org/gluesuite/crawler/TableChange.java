package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * What one crawl did to one table: the action, the columns added, removed and retyped (as
 * {@code name: old -> new}), and partitions added, updated and removed or found missing.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@PascalCaseJson
public record TableChange(
    String table,
    Action action,
    String location,
    List<String> columnsAdded,
    List<String> columnsRemoved,
    List<String> columnsRetyped,
    int partitionsAdded,
    int partitionsUpdated,
    int partitionsRemoved,
    int partitionsMissing,
    String note) {

  /** The table-level outcome. LOGGED: a change was found but the policy says only to log it. */
  public enum Action {
    CREATED, UPDATED, UNCHANGED, LOGGED, DELETED, DEPRECATED, MISSING_LOGGED
  }

  public TableChange {
    columnsAdded = Immutable.list(columnsAdded);
    columnsRemoved = Immutable.list(columnsRemoved);
    columnsRetyped = Immutable.list(columnsRetyped);
  }

  public boolean schemaChanged() {
    return !columnsAdded.isEmpty() || !columnsRemoved.isEmpty() || !columnsRetyped.isEmpty();
  }
}
