package org.gluesuite.runtime.access;

import org.gluesuite.common.GlueSuiteException;

/**
 * A read or write the access policy denied. The message names the principal, the resource and the missing
 * permission, and never carries data.
 */
public class AccessDeniedException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
