package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What one crawl did to one table: the action, the columns added, removed and retyped (as
 * {@code name: old -> new}), and partitions added, updated and removed or found missing.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableChange(
    @JsonProperty("Table") String table,
    @JsonProperty("Action") Action action,
    @JsonProperty("Location") String location,
    @JsonProperty("ColumnsAdded") List<String> columnsAdded,
    @JsonProperty("ColumnsRemoved") List<String> columnsRemoved,
    @JsonProperty("ColumnsRetyped") List<String> columnsRetyped,
    @JsonProperty("PartitionsAdded") int partitionsAdded,
    @JsonProperty("PartitionsUpdated") int partitionsUpdated,
    @JsonProperty("PartitionsRemoved") int partitionsRemoved,
    @JsonProperty("PartitionsMissing") int partitionsMissing,
    @JsonProperty("Note") String note) {

  /** The table-level outcome. LOGGED: a change was found but the policy says only to log it. */
  public enum Action {
    CREATED, UPDATED, UNCHANGED, LOGGED, DELETED, DEPRECATED, MISSING_LOGGED
  }

  public TableChange {
    columnsAdded = columnsAdded == null ? List.of() : List.copyOf(columnsAdded);
    columnsRemoved = columnsRemoved == null ? List.of() : List.copyOf(columnsRemoved);
    columnsRetyped = columnsRetyped == null ? List.of() : List.copyOf(columnsRetyped);
  }

  public boolean schemaChanged() {
    return !columnsAdded.isEmpty() || !columnsRemoved.isEmpty() || !columnsRetyped.isEmpty();
  }
}
