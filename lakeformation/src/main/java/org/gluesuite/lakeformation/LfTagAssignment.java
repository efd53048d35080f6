package org.gluesuite.lakeformation;

import java.util.Objects;

/**
 * Where an LF-Tag is assigned ({@code AddLFTagsToResource}): a database, a table, or a column of a table.
 * Tables inherit their database's tags and columns their table's, unless they carry a value of that key themselves.
 */
public record LfTagAssignment(String databaseName, String tableName, String columnName) {
  public LfTagAssignment {
    Objects.requireNonNull(databaseName);
  }

  public static LfTagAssignment database(String database) {
    return new LfTagAssignment(database, null, null);
  }

  public static LfTagAssignment table(String database, String table) {
    return new LfTagAssignment(database, table, null);
  }

  public static LfTagAssignment column(String database, String table, String column) {
    return new LfTagAssignment(database, table, column);
  }
}
