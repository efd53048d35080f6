package org.gluesuite.workflow.engine;

/**
 * Thrown by a {@link JobLauncher} whose job ran and failed, to hand the engine what the failed attempt reported
 * (counts, results such as data quality outcomes) along with the failure; the attempt is recorded FAILED with both.
 */
public final class JobFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient JobOutcome outcome;

  public JobFailure(String message, JobOutcome outcome, Throwable cause) {
    super(message, cause);
    this.outcome = outcome;
  }

  public JobOutcome outcome() {
    return outcome;
  }
}
