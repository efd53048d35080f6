package org.gluesuite.jobs.retail;

import org.gluesuite.jobs.pipeline.PipelineInputException;

/**
 * Order logs (files given to land, or the data a job reads) that the retail pipeline cannot use: a wrong header,
 * a broken line, a value in the wrong format, too little history to evaluate. Made only by {@link RetailErrors}.
 */
public final class RetailInputException extends PipelineInputException {
  private static final long serialVersionUID = 1L;

  RetailInputException(String message) {
    super(message);
  }

  RetailInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
