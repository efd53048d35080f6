package org.gluesuite.runtime.frame;

/**
 * Glue's trailing transform arguments folded into one value.
 *
 * @param transformationContext the bookmark key of the step ({@code ""} when none)
 * @param info a string attached to the step's error records
 * @param stageThreshold the most error records this step may add; exceeding it fails the step
 * @param totalThreshold the most error records this step may carry including earlier steps; {@code 0} means none
 */
public record TransformOptions(String transformationContext, String info, long stageThreshold,
    long totalThreshold) implements java.io.Serializable {
  /** No limit on error records. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  /**
   * No context, no info and no error limits. Glue's signatures default both thresholds to 0; we make the
   * "keep going and count the errors" behaviour the explicit default and let {@code 0} mean "no errors allowed".
   */
  public static final TransformOptions DEFAULT = new TransformOptions("", "", UNLIMITED, UNLIMITED);

  public TransformOptions {
    transformationContext = transformationContext == null ? "" : transformationContext;
    info = info == null ? "" : info;
    if (stageThreshold < 0 || totalThreshold < 0) {
      throw FrameErrors.negativeThreshold(stageThreshold, totalThreshold);
    }
  }

  public static TransformOptions context(String transformationContext) {
    return DEFAULT.withContext(transformationContext);
  }

  public static TransformOptions thresholds(long stageThreshold, long totalThreshold) {
    return new TransformOptions("", "", stageThreshold, totalThreshold);
  }

  public TransformOptions withContext(String context) {
    return new TransformOptions(context, info, stageThreshold, totalThreshold);
  }

  public TransformOptions withInfo(String newInfo) {
    return new TransformOptions(transformationContext, newInfo, stageThreshold, totalThreshold);
  }

  public TransformOptions withThresholds(long stage, long total) {
    return new TransformOptions(transformationContext, info, stage, total);
  }
}
