package org.gluesuite.runtime.bookmark;

import java.util.Objects;

/**
 * A data file as one listing saw it: its path, its last-modified time (epoch millis) and, for catalog
 * sources, the partition it belongs to (null for path sources).
 */
public record ListedFile(String path, long lastModified, String partition) {
  public ListedFile {
    Objects.requireNonNull(path, "path");
  }
}
