package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Glue's {@code BatchUpdatePartitionRequestEntry}: the values of the partition to replace and its new definition
 * (whose values may differ, which moves the partition).
 */
public record PartitionUpdate(
    @JsonProperty("PartitionValueList") List<String> values,
    @JsonProperty("PartitionInput") PartitionInput input) {

  public PartitionUpdate {
    values = values == null ? null : List.copyOf(values);
  }
}
