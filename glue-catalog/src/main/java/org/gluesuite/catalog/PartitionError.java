package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One failed entry of a batch partition call: the partition's values, Glue's error code and a message. */
public record PartitionError(
    @JsonProperty("PartitionValues") List<String> partitionValues,
    @JsonProperty("ErrorCode") String errorCode,
    @JsonProperty("ErrorMessage") String errorMessage) {
}
