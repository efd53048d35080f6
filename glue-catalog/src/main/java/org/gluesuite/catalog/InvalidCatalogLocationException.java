package org.gluesuite.catalog;

/** A {@code --glue_suite_catalog} value that is missing or none of the forms {@link CatalogLocation} accepts. */
public class InvalidCatalogLocationException extends InvalidInputException {
  public InvalidCatalogLocationException(String message) {
    super(message);
  }
}
