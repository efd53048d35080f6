package org.gluesuite.common.args;

import java.util.Objects;
import org.gluesuite.common.GlueSuiteUserException;

/**
 * A job argument is missing, malformed or not allowed. Always a usage error: the job cannot start
 * until its arguments are fixed, so a launcher or CLI maps it to its usage exit code (2).
 *
 * <p>Instances are created only by {@link ArgumentErrors}, so every message says what went wrong,
 * why, and how to fix it.
 */
public final class JobArgumentException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  /** What kind of mistake was made. */
  public enum Reason {
    /** A requested argument was not passed at all. */
    MISSING_ARGUMENT,
    /** An argument that takes a value was passed without one. */
    MISSING_VALUE,
    /** The script asked for a name Glue reserves for itself. */
    RESERVED_NAME,
    /** The value is not one Glue accepts for that argument. */
    INVALID_VALUE,
    /** Two arguments were given that cannot be used together (or one without the other). */
    CONFLICTING_ARGUMENTS,
    /** An argument name or key is malformed (for example a key without the leading {@code --}). */
    INVALID_NAME
  }

  private final String argumentName;
  private final Reason reason;

  JobArgumentException(Reason reason, String argumentName, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.argumentName = argumentName;
  }

  /**
   * The argument the error is about, without the leading {@code --} (for example {@code JOB_NAME}),
   * or the key exactly as given when the key itself is malformed. When several arguments are
   * missing this is the first of them.
   */
  public String argumentName() {
    return argumentName;
  }

  public Reason reason() {
    return reason;
  }
}
