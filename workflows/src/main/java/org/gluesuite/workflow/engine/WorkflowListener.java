package org.gluesuite.workflow.engine;

import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;

/** Live progress of runs: called from engine threads, so implementations must be thread-safe. */
public interface WorkflowListener {
  WorkflowListener NONE = new WorkflowListener() { };

  default void runStarted(WorkflowRun run) {
  }

  default void triggerFired(WorkflowRun run, String triggerName) {
  }

  default void nodeStarted(WorkflowRun run, NodeRef node, int attempt) {
  }

  default void nodeFinished(WorkflowRun run, NodeRun node) {
  }

  default void runFinished(WorkflowRun run) {
  }
}
