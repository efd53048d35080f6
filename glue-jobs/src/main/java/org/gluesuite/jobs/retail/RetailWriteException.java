package org.gluesuite.jobs.retail;

import org.gluesuite.common.GlueSuiteException;

/** Writing landed order logs, a model or its metrics failed (a disk, not the input). Made only by {@link RetailErrors}. */
public final class RetailWriteException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  RetailWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
