package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * Glue's {@code PartitionInput}: the values, in the order of the table's partition keys, and a storage
 * descriptor whose location is the partition's own folder, which need not be {@code key=value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record PartitionInput(
    List<String> values,
    StorageDescriptor storageDescriptor,
    Map<String, String> parameters) {

  public PartitionInput {
    values = List.copyOf(values);
    parameters = Immutable.map(parameters);
  }
}
