package org.gluesuite.runtime.context;

/** What a sink does with data already at the target. */
public enum WriteMode {
  /** Add files next to what is there (Glue's S3 sink behaviour). */
  APPEND,
  /**
   * Replace the partitions this write produces and leave the others alone (dynamic partition
   * overwrite), so that a rerun over the same input converges instead of duplicating rows. For an
   * unpartitioned output the whole folder is replaced.
   */
  OVERWRITE_PARTITIONS
}
