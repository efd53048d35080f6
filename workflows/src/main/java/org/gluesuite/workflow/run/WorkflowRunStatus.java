package org.gluesuite.workflow.run;

/** Glue's {@code WorkflowRunStatus}. A run with failed nodes is still COMPLETED, as in Glue. */
public enum WorkflowRunStatus {
  RUNNING, COMPLETED, STOPPING, STOPPED, ERROR;

  public boolean active() {
    return this == RUNNING || this == STOPPING;
  }
}
