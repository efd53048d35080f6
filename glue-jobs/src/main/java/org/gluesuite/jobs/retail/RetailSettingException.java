package org.gluesuite.jobs.retail;

import org.gluesuite.common.GlueSuiteUserException;

/** A retail job argument or generator setting out of range. Made only by {@link RetailErrors}. */
public final class RetailSettingException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  RetailSettingException(String message) {
    super(message);
  }
}
