package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code Partition} as {@code GetPartitions} returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record Partition(
    String databaseName,
    String tableName,
    List<String> values,
    StorageDescriptor storageDescriptor,
    Map<String, String> parameters,
    Instant creationTime,
    Instant lastAccessTime) {

  public Partition {
    values = List.copyOf(values);
    parameters = Immutable.map(parameters);
  }

  @JsonIgnore
  public String location() {
    return storageDescriptor == null ? null : storageDescriptor.location();
  }
}
