package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteException;

/** Glue's {@code OperationTimeoutException}: the catalog stayed busy (locked by other writers) too long. */
public class OperationTimeoutException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public OperationTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
