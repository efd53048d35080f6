package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code AlreadyExistsException}: a database, table or partition of that name exists. */
public class AlreadyExistsException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String message) {
    super(message);
  }
}
