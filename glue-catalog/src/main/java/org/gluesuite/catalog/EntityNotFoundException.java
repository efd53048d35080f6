package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code EntityNotFoundException}: a database, table, partition, connection or crawler that does not exist. */
public class EntityNotFoundException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public EntityNotFoundException(String message) {
    super(message);
  }

  /** Glue's error name, also for the subtypes that say which kind of entity was missing. */
  @Override
  public String errorCode() {
    return "EntityNotFoundException";
  }
}
