package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code InvalidInputException}: a name, type or value the catalog does not accept. */
public class InvalidInputException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  /** Glue's error name, also for the subtypes that say more precisely what was invalid. */
  @Override
  public String errorCode() {
    return "InvalidInputException";
  }
}
