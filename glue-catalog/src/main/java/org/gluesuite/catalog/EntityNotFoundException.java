package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code EntityNotFoundException}: a database, table or partition that does not exist. */
public class EntityNotFoundException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public EntityNotFoundException(String message) {
    super(message);
  }
}
