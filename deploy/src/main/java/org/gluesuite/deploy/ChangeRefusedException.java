package org.gluesuite.deploy;

import org.gluesuite.common.GlueSuiteException;

/** The service answered a change but refused part of it (entries reported as failures, not as an error). */
public class ChangeRefusedException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public ChangeRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
