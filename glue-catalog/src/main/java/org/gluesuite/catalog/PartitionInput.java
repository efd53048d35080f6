package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Glue's {@code PartitionInput}: the values, in the order of the table's partition keys, and a storage
 * descriptor whose location is the partition's own folder, which need not be {@code key=value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartitionInput(
    @JsonProperty("Values") List<String> values,
    @JsonProperty("StorageDescriptor") StorageDescriptor storageDescriptor,
    @JsonProperty("Parameters") Map<String, String> parameters) {

  public PartitionInput {
    values = List.copyOf(java.util.Objects.requireNonNull(values, "PartitionInput.Values"));
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }
}
