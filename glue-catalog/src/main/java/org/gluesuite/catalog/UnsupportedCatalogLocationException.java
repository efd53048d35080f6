package org.gluesuite.catalog;

/** A well-formed {@link CatalogLocation} naming a catalog that this build cannot open. */
public class UnsupportedCatalogLocationException extends InvalidInputException {
  public UnsupportedCatalogLocationException(String message) {
    super(message);
  }
}
