package org.gluesuite.runtime.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.run.JobRunState;

/**
 * One job run as it is kept in the workspace, shaped like Glue's {@code JobRun} (Id, JobName, Attempt,
 * JobRunState, Arguments, StartedOn, CompletedOn, ExecutionTime, ErrorMessage) plus our row counts.
 * Secret argument values are masked before a record is made. Times are ISO-8601 UTC. {@code Attempt} is Glue's
 * attempt number (failed attempts at the same bookmarked run before this one); {@code BookmarkedFilesRead} the new
 * files each bookmarked source read. Records are replaced atomically; an unreadable one is reported, never guessed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobRunRecord(
    @JsonProperty("Id") String id,
    @JsonProperty("JobName") String jobName,
    @JsonProperty("Attempt") int attempt,
    @JsonProperty("JobRunState") JobRunState state,
    @JsonProperty("Arguments") Map<String, String> arguments,
    @JsonProperty("StartedOn") String startedOn,
    @JsonProperty("CompletedOn") String completedOn,
    @JsonProperty("ExecutionTimeMillis") Long executionTimeMillis,
    @JsonProperty("ErrorMessage") String errorMessage,
    @JsonProperty("RowsRead") Map<String, Long> rowsRead,
    @JsonProperty("RowsWritten") Long rowsWritten,
    @JsonProperty("ErrorRecords") Map<String, Long> errorRecords,
    @JsonProperty("PartitionsWritten") Integer partitionsWritten,
    @JsonProperty("Outputs") List<String> outputs,
    @JsonProperty("Results") Map<String, Object> results,
    @JsonProperty("BookmarkedFilesRead") Map<String, Integer> bookmarkedFilesRead) {

  /** Total error records over all steps. */
  public long totalErrorRecords() {
    return errorRecords == null ? 0 : errorRecords.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Total rows read over all sources. */
  public long totalRowsRead() {
    return rowsRead == null ? 0 : rowsRead.values().stream().mapToLong(Long::longValue).sum();
  }
}
