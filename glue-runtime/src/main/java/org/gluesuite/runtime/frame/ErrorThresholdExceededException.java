package org.gluesuite.runtime.frame;

import org.gluesuite.common.GlueSuiteException;

/** A step produced more error records than its {@code stageThreshold} or {@code totalThreshold} allows. */
public final class ErrorThresholdExceededException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;
  private final String transformation;
  private final long errors;
  private final long threshold;

  public ErrorThresholdExceededException(String message, String transformation, long errors, long threshold) {
    super(message);
    this.transformation = transformation;
    this.errors = errors;
    this.threshold = threshold;
  }

  public String transformation() {
    return transformation;
  }

  /** The error count that broke the threshold (stage errors or total errors). */
  public long errors() {
    return errors;
  }

  public long threshold() {
    return threshold;
  }
}
