package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code TableInput}: what {@code CreateTable} and {@code UpdateTable} take. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record TableInput(
    String name,
    String description,
    String owner,
    StorageDescriptor storageDescriptor,
    List<Column> partitionKeys,
    String tableType,
    Map<String, String> parameters) {

  public static final String EXTERNAL_TABLE = "EXTERNAL_TABLE";

  public TableInput {
    partitionKeys = Immutable.list(partitionKeys);
    parameters = Immutable.map(parameters);
    tableType = tableType == null ? EXTERNAL_TABLE : tableType;
  }

  /** An external table stored as {@code format} at {@code location}, with its {@code classification} parameter set. */
  public static TableInput external(String name, List<Column> columns, List<Column> partitionKeys, String location,
      StorageFormat format) {
    return new TableInput(name, null, null, StorageDescriptor.of(columns, location, format), partitionKeys,
        EXTERNAL_TABLE, Map.of("classification", format.classification()));
  }

  public TableInput withParameters(Map<String, String> newParameters) {
    return new TableInput(name, description, owner, storageDescriptor, partitionKeys, tableType, newParameters);
  }

  public TableInput withStorageDescriptor(StorageDescriptor newDescriptor) {
    return new TableInput(name, description, owner, newDescriptor, partitionKeys, tableType, parameters);
  }
}
