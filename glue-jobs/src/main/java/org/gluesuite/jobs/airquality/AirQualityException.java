package org.gluesuite.jobs.airquality;

import org.gluesuite.common.GlueSuiteException;

/**
 * The one unchecked failure type of the air-quality pipeline's building blocks. Instances come only from
 * {@link AirQualityErrors}, whose messages say what is wrong, why, and how to fix it.
 */
public final class AirQualityException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  AirQualityException(String message) {
    super(message);
  }

  AirQualityException(String message, Throwable cause) {
    super(message, cause);
  }
}
