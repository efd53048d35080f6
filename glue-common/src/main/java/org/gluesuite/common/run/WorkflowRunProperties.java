package org.gluesuite.common.run;

import java.util.Map;

/**
 * The run properties of the workflow run a job belongs to, as Glue's {@code GetWorkflowRunProperties}
 * and {@code PutWorkflowRunProperties} see them: readable and writable by every job of that run, kept
 * with the run, gone with it.
 */
public interface WorkflowRunProperties {
  /** The workflow's name ({@code --WORKFLOW_NAME}). */
  String workflowName();

  /** The workflow run's id ({@code --WORKFLOW_RUN_ID}). */
  String runId();

  /** A copy of the current properties. */
  Map<String, String> get();

  /** Adds or replaces the given properties (Glue's {@code PutWorkflowRunProperties}); others stay. */
  void put(Map<String, String> properties);
}
