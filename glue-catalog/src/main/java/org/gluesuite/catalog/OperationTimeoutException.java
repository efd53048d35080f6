package org.gluesuite.catalog;

/** Glue's {@code OperationTimeoutException}: the catalog stayed busy (locked by other writers) too long. */
public class OperationTimeoutException extends CatalogException {
  public OperationTimeoutException(String message, Throwable cause) {
    super("OperationTimeoutException", message, cause);
  }
}
