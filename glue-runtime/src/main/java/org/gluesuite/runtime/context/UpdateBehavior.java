package org.gluesuite.runtime.context;

/** Glue's {@code updateBehavior} sink option, used with {@code enableUpdateCatalog}. */
public enum UpdateBehavior {
  /** Create the table, or update its schema to the frame's; add new partitions. Glue's default. */
  UPDATE_IN_DATABASE,
  /** Keep the table's schema as it is (log any difference); still add new partitions. */
  LOG
}
