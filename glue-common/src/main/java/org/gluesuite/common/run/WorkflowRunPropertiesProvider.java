package org.gluesuite.common.run;

import java.util.Optional;

/** Finds the run properties of a workflow run by workflow name and run id; supplied by whoever runs workflows. */
@FunctionalInterface
public interface WorkflowRunPropertiesProvider {
  /** No workflow runs at all: what a job run outside a workflow sees. */
  WorkflowRunPropertiesProvider NONE = (workflowName, runId) -> Optional.empty();

  Optional<WorkflowRunProperties> find(String workflowName, String runId);
}
