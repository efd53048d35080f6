package org.gluesuite.catalog;

/** Base of the catalog's failures. {@link #errorCode()} is the name Glue's API gives the error. */
public class CatalogException extends RuntimeException {
  private final String errorCode;

  public CatalogException(String errorCode, String message) {
    super(message);
    this.errorCode = errorCode;
  }

  public CatalogException(String errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  public String errorCode() {
    return errorCode;
  }
}
