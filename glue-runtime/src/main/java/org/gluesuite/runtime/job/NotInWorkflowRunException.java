package org.gluesuite.runtime.job;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * A job asked for its workflow run's properties but was not started by a workflow run the launcher knows; see
 * {@link JobErrors#notStartedByWorkflow} and {@link JobErrors#unknownWorkflowRun}.
 */
public final class NotInWorkflowRunException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  NotInWorkflowRunException(String message) {
    super(message);
  }
}
