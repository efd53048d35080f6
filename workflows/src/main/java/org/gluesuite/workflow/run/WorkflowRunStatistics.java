package org.gluesuite.workflow.run;

import java.util.Collection;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code WorkflowRunStatistics}, counted over the actions started in this run. */
@PascalCaseJson
public record WorkflowRunStatistics(
    int totalActions,
    int succeededActions,
    int failedActions,
    int stoppedActions,
    int timeoutActions,
    int erroredActions,
    int runningActions,
    int waitingActions) {

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
