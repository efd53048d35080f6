package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;

/** Glue's {@code WorkflowRunStatistics}, counted over the actions started in this run. */
public record WorkflowRunStatistics(
    @JsonProperty("TotalActions") int totalActions,
    @JsonProperty("SucceededActions") int succeededActions,
    @JsonProperty("FailedActions") int failedActions,
    @JsonProperty("StoppedActions") int stoppedActions,
    @JsonProperty("TimeoutActions") int timeoutActions,
    @JsonProperty("ErroredActions") int erroredActions,
    @JsonProperty("RunningActions") int runningActions,
    @JsonProperty("WaitingActions") int waitingActions) {

  public static WorkflowRunStatistics of(Collection<NodeRun> nodes) {
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int stopped = 0;
    int timeout = 0;
    int errored = 0;
    int running = 0;
    int waiting = 0;
    for (NodeRun node : nodes) {
      if (node.state() == null || node.carriedFromRunId() != null) {
        continue;
      }
      total++;
      switch (node.state()) {
        case SUCCEEDED -> succeeded++;
        case FAILED -> failed++;
        case STOPPED -> stopped++;
        case TIMEOUT -> timeout++;
        case ERROR -> errored++;
        case WAITING -> waiting++;
        default -> running++;
      }
    }
    return new WorkflowRunStatistics(total, succeeded, failed, stopped, timeout, errored, running, waiting);
  }

  /** True when every action started in this run succeeded. */
  public boolean allSucceeded() {
    return succeededActions == totalActions;
  }
}
