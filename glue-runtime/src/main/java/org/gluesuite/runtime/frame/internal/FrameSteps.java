package org.gluesuite.runtime.frame.internal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.runtime.frame.TransformOptions;

/**
 * Records the step that makes a frame in the frame's error bookkeeping. Thresholds are not checked here: as in Glue,
 * a frame's actions check them ({@link ErrorHistory#checkThresholds}).
 */
public final class FrameSteps {
  private FrameSteps() {
  }

  /** A step that adds no error records, after {@code prior}. */
  public static StepErrors without(ErrorHistory prior, String transformation, TransformOptions options) {
    ErrorStage stage = ErrorStage.without(transformation, options, prior);
    return new StepErrors(prior.plus(stage), stage);
  }

  /** A step whose error records are {@code errors}; they are kept, and counted when first asked. */
  public static StepErrors withStage(ErrorHistory prior, String transformation, TransformOptions options,
      Dataset<Row> errors) {
    Dataset<Row> kept = errors.persist(StorageLevel.MEMORY_AND_DISK());
    return record(prior, ErrorStage.with(transformation, options, prior, kept, kept::count));
  }

  /** {@link #withStage} when the step already counted its error records while doing its work. */
  public static StepErrors withStage(ErrorHistory prior, String transformation, TransformOptions options,
      Dataset<Row> errors, long count) {
    Dataset<Row> kept = count == 0 ? errors : errors.persist(StorageLevel.MEMORY_AND_DISK());
    return record(prior, ErrorStage.with(transformation, options, prior, kept, () -> count));
  }

  /** {@link #withStage} whose count comes from {@code counter} when first asked (it may count {@code errors}). */
  public static StepErrors withStage(ErrorHistory prior, String transformation, TransformOptions options,
      Dataset<Row> errors, java.util.function.ToLongFunction<Dataset<Row>> counter) {
    Dataset<Row> kept = errors.persist(StorageLevel.MEMORY_AND_DISK());
    return record(prior, ErrorStage.with(transformation, options, prior, kept, () -> counter.applyAsLong(kept)));
  }

  private static StepErrors record(ErrorHistory prior, ErrorStage stage) {
    return new StepErrors(prior.plus(stage), stage);
  }

  /** A frame's error history plus the step that made it (null when that step is not recorded, e.g. repartition). */
  public record StepErrors(ErrorHistory history, ErrorStage lastStage) {
    public static StepErrors carry(ErrorHistory history) {
      return new StepErrors(history, null);
    }

    public long stageCount() {
      return lastStage == null ? 0 : lastStage.count();
    }
  }
}
