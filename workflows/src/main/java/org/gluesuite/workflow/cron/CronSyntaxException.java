package org.gluesuite.workflow.cron;

/** A schedule that is not a valid Glue cron expression; the message says which field and why. */
public final class CronSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  CronSyntaxException(String message) {
    super(message);
  }
}
