package org.gluesuite.catalog;

/** Glue's {@code InvalidInputException}: a name, type or value the catalog does not accept. */
public class InvalidInputException extends CatalogException {
  public InvalidInputException(String message) {
    super("InvalidInputException", message);
  }
}
