package org.gluesuite.runtime.frame;

import org.gluesuite.common.GlueSuiteException;

/**
 * A frame's action found a step whose error records reached its {@code stageThreshold}, or whose error records up to
 * and including it reached its {@code totalThreshold}.
 */
public final class ErrorThresholdExceededException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;
  private final String transformation;
  private final String transformationContext;
  private final long errors;
  private final long threshold;
  private final java.util.List<String> firstErrors;

  public ErrorThresholdExceededException(String message, String transformation, String transformationContext,
      long errors, long threshold, java.util.List<String> firstErrors) {
    super(message);
    this.transformation = transformation;
    this.transformationContext = transformationContext;
    this.errors = errors;
    this.threshold = threshold;
    this.firstErrors = java.util.List.copyOf(firstErrors);
  }

  /** The step whose threshold was reached, e.g. {@code map} or {@code read_json}. */
  public String transformation() {
    return transformation;
  }

  /** That step's transformation context ({@code ""} when none). */
  public String transformationContext() {
    return transformationContext;
  }

  /** The error count that reached the threshold (the step's own, or the total up to and including it). */
  public long errors() {
    return errors;
  }

  public long threshold() {
    return threshold;
  }

  /** The first error records' messages, each with its file and line when it has them. */
  public java.util.List<String> firstErrors() {
    return firstErrors;
  }
}
