package org.gluesuite.runtime.frame;

/**
 * Glue's trailing transform arguments folded into one value, with Glue's meaning. Thresholds are checked when an
 * action runs on a frame made by the step or after it ({@code count}, {@code show}, {@code assertErrorThreshold},
 * a sink's {@code writeFrame}, {@code spigot}), not when the transform is called.
 *
 * @param transformationContext names the step: the bookmark key of a read, and the context on the step's error
 *     records ({@code ""} when none)
 * @param info a string attached to the step's error records
 * @param stageThreshold the number of error records of this step at which the frame's next action fails; {@code 0}
 *     (Glue's default) means no limit
 * @param totalThreshold the same for the error records of this step and every step before it; {@code 0} means no
 *     limit
 */
public record TransformOptions(String transformationContext, String info, long stageThreshold,
    long totalThreshold) implements java.io.Serializable {
  /** A threshold of 0: no limit on error records, Glue's default. */
  public static final long NO_LIMIT = 0;

  /** Glue's defaults: no context, no info, no limit on error records. */
  public static final TransformOptions DEFAULT = new TransformOptions("", "", NO_LIMIT, NO_LIMIT);

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
