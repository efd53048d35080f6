package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteException;

/**
 * Glue's {@code ConcurrentModificationException}: an update named the version it expected to replace,
 * and another writer changed the entity first. Re-read the entity and retry the update.
 */
public class ConcurrentModificationException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public ConcurrentModificationException(String message) {
    super(message);
  }
}
