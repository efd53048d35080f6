package org.gluesuite.workflow.definition;

/** Glue's {@code EventBatchingCondition}: fire after {@code BatchSize} events or {@code BatchWindow} seconds. */
public record EventBatchingCondition(int batchSize, int batchWindowSeconds) {
  /** Glue's default window when only the size is given. */
  public static final int DEFAULT_WINDOW_SECONDS = 900;
}
