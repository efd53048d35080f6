package org.gluesuite.workflow.cron;

import org.gluesuite.common.GlueSuiteUserException;

/** A schedule that is not a valid Glue cron expression; the message says which field and why. */
public final class CronSyntaxException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  CronSyntaxException(String message) {
    super(message);
  }
}
