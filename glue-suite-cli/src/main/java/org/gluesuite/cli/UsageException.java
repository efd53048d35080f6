package org.gluesuite.cli;

/** A command used wrongly (an unknown job or pipeline, a malformed table name): exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
