package org.gluesuite.jobs.shipping;

import org.gluesuite.jobs.pipeline.PipelineInputException;

/**
 * Input files that cannot be landed as they are (missing, of another pipeline, a wrong header, a broken line, a bad
 * value): nothing was written. Instances come only from {@link ShippingErrors}.
 */
public final class ShippingInputException extends PipelineInputException {
  private static final long serialVersionUID = 1L;

  ShippingInputException(String message) {
    super(message);
  }

  ShippingInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
