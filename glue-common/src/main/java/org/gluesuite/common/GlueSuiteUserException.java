package org.gluesuite.common;

/**
 * A request that cannot be carried out as it was made: an argument, definition, option or name is wrong, or state
 * the request depends on must be repaired first (a damaged bookmark, a run that is still going). Nothing ran; the
 * user has to change something and try again. A command-line launcher maps every subtype to its usage exit code,
 * whatever module threw it.
 */
public class GlueSuiteUserException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public GlueSuiteUserException(String message) {
    super(message);
  }

  public GlueSuiteUserException(String message, Throwable cause) {
    super(message, cause);
  }
}
