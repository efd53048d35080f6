package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.run.JobRunState;

/** One attempt of a job run (or one crawl) inside a workflow run, with the counts it reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionAttempt(
    @JsonProperty("Id") String id,
    @JsonProperty("Attempt") int attempt,
    @JsonProperty("State") JobRunState state,
    @JsonProperty("Arguments") Map<String, String> arguments,
    @JsonProperty("StartedOn") String startedOn,
    @JsonProperty("CompletedOn") String completedOn,
    @JsonProperty("ExecutionTimeMillis") Long executionTimeMillis,
    @JsonProperty("ErrorMessage") String errorMessage,
    @JsonProperty("RowsRead") Long rowsRead,
    @JsonProperty("RowsWritten") Long rowsWritten,
    @JsonProperty("ErrorRecords") Long errorRecords,
    @JsonProperty("PartitionsWritten") Integer partitionsWritten,
    @JsonProperty("Outputs") List<String> outputs,
    @JsonProperty("Results") Map<String, Object> results) {
}
