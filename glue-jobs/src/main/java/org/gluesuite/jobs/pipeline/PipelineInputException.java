package org.gluesuite.jobs.pipeline;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * The data given to a pipeline cannot be taken: an empty or missing folder, files of another pipeline, a file
 * whose header, columns or lines are wrong. Nothing was written and nothing ran. Made by {@link PipelineErrors} for
 * what every pipeline checks, and as a pipeline's own subtype by its errors factory for what only it checks.
 */
public class PipelineInputException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  protected PipelineInputException(String message) {
    super(message);
  }

  protected PipelineInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
