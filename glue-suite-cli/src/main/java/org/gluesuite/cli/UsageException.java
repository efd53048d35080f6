package org.gluesuite.cli;

import org.gluesuite.common.GlueSuiteUserException;

/** A command used wrongly (an unknown job or pipeline, a malformed table name): exit code 2. */
public final class UsageException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
