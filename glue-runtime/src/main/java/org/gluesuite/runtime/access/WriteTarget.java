package org.gluesuite.runtime.access;

import java.util.Objects;

/**
 * What a sink is about to write: files under {@code path}, and (when it updates the catalog) the table
 * {@code database.table}. {@code altersTable} is true when the write may change an existing table's schema.
 */
public record WriteTarget(String path, String database, String table, boolean altersTable) {

  public WriteTarget {
    Objects.requireNonNull(path, "path");
  }

  /** A write of files only, with no catalog table named. */
  public static WriteTarget path(String path) {
    return new WriteTarget(path, null, null, false);
  }

  public boolean namesTable() {
    return database != null && table != null;
  }
}
