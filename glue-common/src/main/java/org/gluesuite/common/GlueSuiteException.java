package org.gluesuite.common;

/**
 * The root of every Glue Suite failure. Unchecked: callers fix their input or environment, they rarely recover in
 * code. Each module builds its subtypes in one factory class ({@code CatalogErrors}, {@code FrameErrors},
 * {@code WorkflowErrors}, …), so every message says what went wrong, why, and how to fix it in terms of the API or
 * the definition.
 *
 * <p>Failures the user caused by what they passed (arguments, definitions, options, names) are
 * {@link GlueSuiteUserException}s; everything else (a job that failed, a disk that is full, a lock held by another
 * process) is a plain {@code GlueSuiteException}.
 */
public class GlueSuiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GlueSuiteException(String message) {
    super(message);
  }

  public GlueSuiteException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * For signals that never leave the code that throws them (a skipped file, a path not found while rewriting a
   * schema): no stack trace is filled in, which keeps them cheap on hot paths.
   */
  protected GlueSuiteException(String message, Throwable cause, boolean withStackTrace) {
    super(message, cause, false, withStackTrace);
  }

  /**
   * The name of this failure kind: the AWS API's error name where AWS has one for it (for example
   * {@code EntityNotFoundException} or {@code ConcurrentRunsExceededException}), else the class's simple name.
   * Stable, unlike messages; clients and the CLI may branch on it.
   */
  public String errorCode() {
    return getClass().getSimpleName();
  }
}
