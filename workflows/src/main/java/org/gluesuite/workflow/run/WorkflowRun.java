package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow run as kept in the workspace, shaped like Glue's {@code WorkflowRun} (Name, WorkflowRunId,
 * PreviousRunId, WorkflowRunProperties, StartedOn, CompletedOn, Status, ErrorMessage, Statistics, Graph)
 * plus the owning process and its heartbeat, which tell a live run from one whose process was killed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkflowRun(
    @JsonProperty("Name") String name,
    @JsonProperty("WorkflowRunId") String workflowRunId,
    @JsonProperty("PreviousRunId") String previousRunId,
    @JsonProperty("WorkflowRunProperties") Map<String, String> runProperties,
    @JsonProperty("StartedOn") String startedOn,
    @JsonProperty("CompletedOn") String completedOn,
    @JsonProperty("Status") WorkflowRunStatus status,
    @JsonProperty("ErrorMessage") String errorMessage,
    @JsonProperty("Statistics") WorkflowRunStatistics statistics,
    @JsonProperty("Nodes") List<NodeRun> nodes,
    @JsonProperty("Triggers") List<TriggerSnapshot> triggers,
    @JsonProperty("OwnerPid") Long ownerPid,
    @JsonProperty("HeartbeatOn") String heartbeatOn,
    @JsonProperty("Report") String report) {

  public WorkflowRun {
    runProperties = runProperties == null ? Map.of() : Map.copyOf(runProperties);
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
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
    return new WorkflowRun(name, workflowRunId, previousRunId, runProperties, startedOn,
        completedOn == null ? heartbeatOn : completedOn, newStatus, error, WorkflowRunStatistics.of(newNodes),
        newNodes, triggers, ownerPid, heartbeatOn, report);
  }
}
