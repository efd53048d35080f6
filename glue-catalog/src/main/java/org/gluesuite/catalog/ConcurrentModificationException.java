package org.gluesuite.catalog;

/**
 * Glue's {@code ConcurrentModificationException}: an update named the version it expected to replace,
 * and another writer changed the entity first. Re-read the entity and retry the update.
 */
public class ConcurrentModificationException extends CatalogException {
  public ConcurrentModificationException(String message) {
    super("ConcurrentModificationException", message);
  }
}
