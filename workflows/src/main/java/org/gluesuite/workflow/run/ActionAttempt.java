package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.common.run.JobRunState;

/** One attempt of a job run (or one crawl) inside a workflow run, with the counts it reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record ActionAttempt(
    String id,
    int attempt,
    JobRunState state,
    Map<String, String> arguments,
    String startedOn,
    String completedOn,
    Long executionTimeMillis,
    String errorMessage,
    Long rowsRead,
    Long rowsWritten,
    Long errorRecords,
    Integer partitionsWritten,
    List<String> outputs,
    Map<String, Object> results) {
}
