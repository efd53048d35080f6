package org.gluesuite.jobs.pipeline;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * The data given to a pipeline cannot be taken: an empty or missing folder, files of another pipeline, a file
 * whose header, columns or lines are wrong. Nothing was written and nothing ran. Made only by {@link PipelineErrors}.
 */
public final class PipelineInputException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  PipelineInputException(String message) {
    super(message);
  }

  PipelineInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
