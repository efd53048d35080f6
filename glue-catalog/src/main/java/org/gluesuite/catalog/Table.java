package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code Table} as {@code GetTable} returns it. {@code versionId} grows by one on every update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record Table(
    String databaseName,
    String name,
    String description,
    String owner,
    StorageDescriptor storageDescriptor,
    List<Column> partitionKeys,
    String tableType,
    Map<String, String> parameters,
    Instant createTime,
    Instant updateTime,
    String versionId) {

  public Table {
    partitionKeys = Immutable.list(partitionKeys);
    parameters = Immutable.map(parameters);
  }

  /** The file format named by the {@code classification} parameter, if it is one we read. */
  @JsonIgnore
  public Optional<StorageFormat> format() {
    return StorageFormat.fromClassification(parameters.get("classification"));
  }

  @JsonIgnore
  public String qualifiedName() {
    return databaseName + "." + name;
  }

  /** This table as the input that would recreate it, for read-modify-write updates. */
  public TableInput toInput() {
    return new TableInput(name, description, owner, storageDescriptor, partitionKeys, tableType, parameters);
  }
}
