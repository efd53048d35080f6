package org.gluesuite.deploy;

import org.gluesuite.common.GlueSuiteException;

/** What the endpoint holds could not be read (access denied, a service error); nothing was changed. */
public class StateReadException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public StateReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
