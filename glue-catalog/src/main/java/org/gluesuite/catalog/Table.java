package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Glue's {@code Table} as {@code GetTable} returns it. {@code versionId} grows by one on every update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(
    @JsonProperty("DatabaseName") String databaseName,
    @JsonProperty("Name") String name,
    @JsonProperty("Description") String description,
    @JsonProperty("Owner") String owner,
    @JsonProperty("StorageDescriptor") StorageDescriptor storageDescriptor,
    @JsonProperty("PartitionKeys") List<Column> partitionKeys,
    @JsonProperty("TableType") String tableType,
    @JsonProperty("Parameters") Map<String, String> parameters,
    @JsonProperty("CreateTime") Instant createTime,
    @JsonProperty("UpdateTime") Instant updateTime,
    @JsonProperty("VersionId") String versionId) {

  public Table {
    partitionKeys = partitionKeys == null ? List.of() : List.copyOf(partitionKeys);
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
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
