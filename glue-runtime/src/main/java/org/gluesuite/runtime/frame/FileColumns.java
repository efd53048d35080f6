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

  /** Every column name {@link #forFile} can give, or null when that is not known in advance. */
  default java.util.List<String> names() {
    return null;
  }

  FileColumns NONE = byFile(java.util.List.of(), Map.of());

  /** The columns of each file from a map, naming in advance every column they can hold. */
  static FileColumns byFile(java.util.List<String> names, Map<String, Map<String, String>> columnsByFile) {
    java.util.List<String> known = java.util.List.copyOf(names);
    java.util.HashMap<String, Map<String, String>> lookup = new java.util.HashMap<>(columnsByFile);
    return new FileColumns() {
      @Override
      public Map<String, String> forFile(String file) {
        return lookup.getOrDefault(file, Map.of());
      }

      @Override
      public java.util.List<String> names() {
        return known;
      }
    };
  }
}
