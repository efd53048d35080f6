package org.gluesuite.jobs.shipping;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * A shipping job argument or setting that cannot be used (an unknown model type, unreadable model parameters, a
 * training fraction out of range). Instances come only from {@link ShippingErrors}.
 */
public final class ShippingArgumentException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  ShippingArgumentException(String message) {
    super(message);
  }

  ShippingArgumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
