package org.gluesuite.runtime.frame.internal;

import java.util.function.LongSupplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.TransformOptions;

/**
 * One step that made a frame, as its error bookkeeping knows it: the step's name, the options it was called with, the
 * error history of its input(s), and the error records it added (none for steps that cannot reject records). Counted
 * at most once; lives on the driver only.
 */
public final class ErrorStage {
  private final String transformation;
  private final TransformOptions options;
  private final ErrorHistory prior;
  private final Dataset<Row> records;
  private final LongSupplier counter;
  private Long count;

  private ErrorStage(String transformation, TransformOptions options, ErrorHistory prior, Dataset<Row> records,
      LongSupplier counter) {
    this.transformation = transformation;
    this.options = options;
    this.prior = prior;
    this.records = records;
    this.counter = counter;
  }

  /** A step that adds no error records (applyMapping, join, ...): it still names the step and holds its options. */
  static ErrorStage without(String transformation, TransformOptions options, ErrorHistory prior) {
    return new ErrorStage(transformation, options, prior, null, () -> 0L);
  }

  /** A step whose error records are {@code records}, counted when first asked ({@code counter}). */
  static ErrorStage with(String transformation, TransformOptions options, ErrorHistory prior, Dataset<Row> records,
      LongSupplier counter) {
    return new ErrorStage(transformation, options, prior, records, counter);
  }

  public String transformation() {
    return transformation;
  }

  public TransformOptions options() {
    return options;
  }

  /** The error records this step added; empty when it added none. */
  public Dataset<Row> records() {
    return count() == 0 ? null : records;
  }

  /** How many error records this step added. */
  public synchronized long count() {
    if (count == null) {
      count = counter.getAsLong();
    }
    return count;
  }

  /** The error records of this step and of every step before it. */
  public long totalUpToHere() {
    return prior.total() + count();
  }

  /**
   * Glue's thresholds, 0 meaning no limit: fails when this step's error records reach {@code stageThreshold}, or
   * when those up to and including it reach {@code totalThreshold}.
   */
  void check() {
    long stage = options.stageThreshold();
    if (stage > 0 && count() >= stage) {
      throw FrameErrors.stageThresholdExceeded(this, ErrorHistory.EMPTY.plus(this).samples());
    }
    long total = options.totalThreshold();
    if (total > 0 && totalUpToHere() >= total) {
      throw FrameErrors.totalThresholdExceeded(this, totalUpToHere(), prior.plus(this).samples());
    }
  }
}
