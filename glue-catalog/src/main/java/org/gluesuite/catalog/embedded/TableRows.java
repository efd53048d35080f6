package org.gluesuite.catalog.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gluesuite.catalog.Table;

/**
 * The {@code tables} table: one row per table, keyed by (database, name). The {@code version} column
 * mirrors the JSON's {@code VersionId} so that an optimistic update can compare it in SQL.
 */
final class TableRows {

  private TableRows() {
  }

  static Table find(Connection c, String db, String name) throws SQLException {
    return Sql.first(c, "SELECT json FROM tables WHERE db = ? AND name = ?",
        rs -> parse(rs.getString(1), db, name), db, name);
  }

  static List<Table> all(Connection c, String db) throws SQLException {
    return Sql.list(c, "SELECT name, json FROM tables WHERE db = ? ORDER BY name",
        rs -> parse(rs.getString(2), db, rs.getString(1)), db);
  }

  static void insert(Connection c, Table table) throws SQLException {
    Sql.update(c, "INSERT INTO tables (db, name, version, json) VALUES (?, ?, ?, ?)",
        table.databaseName(), table.name(), Long.parseLong(table.versionId()), CatalogJson.write(table));
  }

  static void update(Connection c, Table table) throws SQLException {
    Sql.update(c, "UPDATE tables SET version = ?, json = ? WHERE db = ? AND name = ?",
        Long.parseLong(table.versionId()), CatalogJson.write(table), table.databaseName(), table.name());
  }

  /** Deletes the table with its partitions and versions. */
  static void delete(Connection c, String db, String name) throws SQLException {
    Sql.update(c, "DELETE FROM partitions WHERE db = ? AND tbl = ?", db, name);
    Sql.update(c, "DELETE FROM table_versions WHERE db = ? AND tbl = ?", db, name);
    Sql.update(c, "DELETE FROM tables WHERE db = ? AND name = ?", db, name);
  }

  private static Table parse(String json, String db, String name) {
    return CatalogJson.read(json, Table.class, "table " + db + "." + name);
  }
}
