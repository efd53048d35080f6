package org.gluesuite.runtime.frame;

import java.io.Serializable;
import java.util.Map;

/**
 * String columns a reader adds to every record of a file, such as the partition values the catalog holds
 * for the file's folder. Keyed by the file's URI as the reader lists it. Runs inside executor tasks.
 */
@FunctionalInterface
public interface FileColumns extends Serializable {
  /** The columns for records of {@code file}; empty for none. */
  Map<String, String> forFile(String file);

  FileColumns NONE = file -> Map.of();
}
