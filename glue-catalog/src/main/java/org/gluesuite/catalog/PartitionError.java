package org.gluesuite.catalog;

import java.util.List;
import org.gluesuite.common.json.PascalCaseJson;

/** One failed entry of a batch partition call: the partition's values, Glue's error code and a message. */
@PascalCaseJson
public record PartitionError(
    List<String> partitionValues,
    String errorCode,
    String errorMessage) {
}
