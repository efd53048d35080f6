package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Glue's {@code Partition} as {@code GetPartitions} returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partition(
    @JsonProperty("DatabaseName") String databaseName,
    @JsonProperty("TableName") String tableName,
    @JsonProperty("Values") List<String> values,
    @JsonProperty("StorageDescriptor") StorageDescriptor storageDescriptor,
    @JsonProperty("Parameters") Map<String, String> parameters,
    @JsonProperty("CreationTime") Instant creationTime,
    @JsonProperty("LastAccessTime") Instant lastAccessTime) {

  public Partition {
    values = List.copyOf(values);
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  @JsonIgnore
  public String location() {
    return storageDescriptor == null ? null : storageDescriptor.location();
  }
}
