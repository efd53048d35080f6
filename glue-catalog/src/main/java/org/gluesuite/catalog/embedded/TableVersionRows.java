package org.gluesuite.catalog.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableVersion;

/**
 * The {@code table_versions} table: every version of every table, the current one included, keyed by (database,
 * table, version number), so {@code GetTableVersions} reads one index range.
 */
final class TableVersionRows {

  private TableVersionRows() {
  }

  static void insert(Connection c, Table table) throws SQLException {
    Sql.update(c, "INSERT INTO table_versions (db, tbl, version, json) VALUES (?, ?, ?, ?)", table.databaseName(),
        table.name(), Long.parseLong(table.versionId()), CatalogJson.write(table));
  }

  static TableVersion find(Connection c, String db, String table, long version) throws SQLException {
    return Sql.first(c, "SELECT json FROM table_versions WHERE db = ? AND tbl = ? AND version = ?",
        rs -> parse(rs.getString(1), db, table, version), db, table, version);
  }

  /** Every version of the table, oldest first. */
  static List<TableVersion> all(Connection c, String db, String table) throws SQLException {
    return Sql.list(c, "SELECT version, json FROM table_versions WHERE db = ? AND tbl = ? ORDER BY version",
        rs -> parse(rs.getString(2), db, table, rs.getLong(1)), db, table);
  }

  static void delete(Connection c, String db, String table, long version) throws SQLException {
    Sql.update(c, "DELETE FROM table_versions WHERE db = ? AND tbl = ? AND version = ?", db, table, version);
  }

  private static TableVersion parse(String json, String db, String table, long version) {
    Table stored = CatalogJson.read(json, Table.class, "version " + version + " of table " + db + "." + table);
    return new TableVersion(stored, Long.toString(version));
  }
}
