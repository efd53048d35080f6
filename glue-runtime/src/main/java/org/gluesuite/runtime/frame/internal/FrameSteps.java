package org.gluesuite.runtime.frame.internal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.runtime.frame.TransformOptions;

/** Records a step that may add error records: counts them now and checks the step's thresholds. */
public final class FrameSteps {
  private FrameSteps() {
  }

  /** The history after the step; throws when the step broke its thresholds. */
  public static StepErrors withStage(ErrorHistory prior, String transformation, TransformOptions options,
      Dataset<Row> errors) {
    Dataset<Row> kept = errors.persist(StorageLevel.MEMORY_AND_DISK());
    return withStage(prior, transformation, options, kept, kept.count());
  }

  /** {@link #withStage} when the step already counted its error records while doing its work. */
  public static StepErrors withStage(ErrorHistory prior, String transformation, TransformOptions options,
      Dataset<Row> errors, long count) {
    Dataset<Row> kept = count == 0 ? errors : errors.persist(StorageLevel.MEMORY_AND_DISK());
    ErrorStage stage = new ErrorStage(transformation, options, kept, count);
    ErrorHistory history = prior.plus(stage);
    history.check(stage);
    return new StepErrors(history, stage);
  }

  /** A frame's error history plus the stage its last step added (null when that step cannot add errors). */
  public record StepErrors(ErrorHistory history, ErrorStage lastStage) {
    public static StepErrors carry(ErrorHistory history) {
      return new StepErrors(history, null);
    }

    public long stageCount() {
      return lastStage == null ? 0 : lastStage.count();
    }
  }
}
