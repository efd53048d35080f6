package org.gluesuite.jobs.shipping;

import org.gluesuite.common.GlueSuiteException;

/**
 * Data a shipping job found but cannot work with (a split without rows, a raw table without a needed column, a
 * missing fitted pipeline model), or outputs it could not write. Instances come only from {@link ShippingErrors}.
 */
public final class ShippingDataException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  ShippingDataException(String message) {
    super(message);
  }

  ShippingDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
