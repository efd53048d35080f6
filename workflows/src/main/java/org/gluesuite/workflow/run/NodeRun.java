package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.definition.CrawlState;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;

/**
 * A job or crawler node of a workflow run. {@code State} is a {@link JobRunState}; for crawlers it maps to
 * Glue's {@link CrawlState} ({@link #crawlState()}): STOPPED is CANCELLED. A node not started in this run
 * has no state; a node carried over from the previous run (resume) names that run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record NodeRun(
    NodeType type,
    String name,
    JobRunState state,
    String startedBy,
    String carriedFromRunId,
    String startedOn,
    String completedOn,
    Long executionTimeMillis,
    String errorMessage,
    List<ActionAttempt> attempts) {

  public NodeRun {
    attempts = Immutable.list(attempts);
  }

  public static NodeRun notStarted(NodeRef node) {
    return new NodeRun(node.type(), node.name(), null, null, null, null, null, null, null, List.of());
  }

  @JsonIgnore
  public NodeRef ref() {
    return new NodeRef(type, name);
  }

  @JsonIgnore
  public boolean started() {
    return state != null;
  }

  @JsonIgnore
  public boolean finished() {
    return state != null && state.finished();
  }

  /** The last attempt, if any ran. */
  @JsonIgnore
  public java.util.Optional<ActionAttempt> lastAttempt() {
    return attempts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(attempts.get(attempts.size() - 1));
  }

  /** Glue's crawl state for a crawler node's state. */
  @JsonIgnore
  public CrawlState crawlState() {
    return state == null ? null : switch (state) {
      case SUCCEEDED -> CrawlState.SUCCEEDED;
      case STOPPED, STOPPING -> CrawlState.CANCELLED;
      case FAILED, TIMEOUT -> CrawlState.FAILED;
      case ERROR -> CrawlState.ERROR;
      default -> CrawlState.RUNNING;
    };
  }

  /** The state to show: a crawl state for crawlers, a job run state for jobs. */
  @JsonIgnore
  public String displayState() {
    if (state == null) {
      return "NOT_RUN";
    }
    return type == NodeType.CRAWLER ? crawlState().name() : state.name();
  }

  public NodeRun withState(JobRunState newState, String error) {
    return new NodeRun(type, name, newState, startedBy, carriedFromRunId, startedOn, completedOn, executionTimeMillis,
        error, attempts);
  }
}
