package org.gluesuite.runtime.context;

/**
 * How a sink names partition folders. Glue writes {@code key=value/} folders; many lakes (and the
 * crawler's {@code partition_0..} tables) use plain value folders such as {@code 2024/01/05/}.
 */
public enum PartitionLayout {
  /** {@code year=2024/month=01/day=05/}: Glue's and Hive's default; {@code MSCK REPAIR} can find it. */
  KEY_VALUE,
  /** {@code 2024/01/05/}: values only, in partition-key order; the catalog records each folder. */
  VALUES_ONLY
}
