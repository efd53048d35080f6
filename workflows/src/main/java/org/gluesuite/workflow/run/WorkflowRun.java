package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * A workflow run as kept in the workspace, shaped like Glue's {@code WorkflowRun} (Name, WorkflowRunId,
 * PreviousRunId, WorkflowRunProperties, StartedOn, CompletedOn, Status, ErrorMessage, Statistics, Graph)
 * plus the owning process and its heartbeat, which tell a live run from one whose process was killed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record WorkflowRun(
    String name,
    String workflowRunId,
    String previousRunId,
    Map<String, String> workflowRunProperties,
    String startedOn,
    String completedOn,
    WorkflowRunStatus status,
    String errorMessage,
    WorkflowRunStatistics statistics,
    List<NodeRun> nodes,
    List<TriggerSnapshot> triggers,
    Long ownerPid,
    String heartbeatOn,
    String report) {

  public WorkflowRun {
    workflowRunProperties = Immutable.map(workflowRunProperties);
    nodes = Immutable.list(nodes);
    triggers = Immutable.list(triggers);
  }

  public Optional<NodeRun> node(String nodeName) {
    return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
  }

  /** Milliseconds from start to completion (or null while running). */
  @JsonIgnore
  public Long durationMillis() {
    if (completedOn == null) {
      return null;
    }
    return java.time.Duration.between(java.time.Instant.parse(startedOn), java.time.Instant.parse(completedOn))
        .toMillis();
  }

  public WorkflowRun withStatus(WorkflowRunStatus newStatus, String error, List<NodeRun> newNodes) {
    return new WorkflowRun(name, workflowRunId, previousRunId, workflowRunProperties, startedOn,
        completedOn == null ? heartbeatOn : completedOn, newStatus, error, WorkflowRunStatistics.of(newNodes),
        newNodes, triggers, ownerPid, heartbeatOn, report);
  }
}
