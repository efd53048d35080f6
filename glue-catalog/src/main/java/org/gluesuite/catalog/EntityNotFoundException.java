package org.gluesuite.catalog;

/** Glue's {@code EntityNotFoundException}: a database, table or partition that does not exist. */
public class EntityNotFoundException extends CatalogException {
  public EntityNotFoundException(String message) {
    super("EntityNotFoundException", message);
  }
}
