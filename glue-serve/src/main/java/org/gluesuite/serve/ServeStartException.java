package org.gluesuite.serve;

import org.gluesuite.common.GlueSuiteException;

/** The endpoint could not start: its port is taken, say. */
public class ServeStartException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public ServeStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
