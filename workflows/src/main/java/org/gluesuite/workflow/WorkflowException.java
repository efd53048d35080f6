package org.gluesuite.workflow;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * Every user-facing workflow error: a request the engine refused, nothing ran. Subclasses name the kind (Glue's
 * exception names where Glue has one); instances come only from {@link WorkflowErrors}, so each message says what,
 * why, and how to fix it. A node that fails is not an exception: it is recorded in the run.
 */
public class WorkflowException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  WorkflowException(String message) {
    super(message);
  }

  /** Glue's {@code ConcurrentRunsExceededException}: a workflow or job already runs as often as allowed. */
  public static final class ConcurrentRunsExceededException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    ConcurrentRunsExceededException(String message) {
      super(message);
    }
  }

  /** Glue's {@code EntityNotFoundException}: no such workflow, run or node. */
  public static final class EntityNotFoundException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    EntityNotFoundException(String message) {
      super(message);
    }
  }

  /** Glue's {@code IllegalWorkflowStateException}: the run is not in a state that allows the operation. */
  public static final class IllegalWorkflowStateException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    IllegalWorkflowStateException(String message) {
      super(message);
    }
  }

  /** A workflow run record that fails its format version or checksum. */
  public static final class CorruptRunRecordException extends WorkflowException {
    private static final long serialVersionUID = 1L;
    private final String workflow;

    CorruptRunRecordException(String workflow, String message) {
      super(message);
      this.workflow = workflow;
    }

    /** The workflow whose run record is damaged. */
    public String workflow() {
      return workflow;
    }
  }
}
