package org.gluesuite.catalog;

/** Glue's {@code AlreadyExistsException}. */
public class AlreadyExistsException extends CatalogException {
  public AlreadyExistsException(String message) {
    super("AlreadyExistsException", message);
  }
}
