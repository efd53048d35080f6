package org.gluesuite.catalog.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gluesuite.catalog.Database;

/** The {@code databases} table: one row per database, keyed by its lower-case name. */
final class DatabaseRows {

  private DatabaseRows() {
  }

  static Database find(Connection c, String name) throws SQLException {
    return Sql.first(c, "SELECT json FROM databases WHERE name = ?", rs -> parse(rs.getString(1), name), name);
  }

  static List<Database> all(Connection c) throws SQLException {
    return Sql.list(c, "SELECT name, json FROM databases ORDER BY name",
        rs -> parse(rs.getString(2), rs.getString(1)));
  }

  static void insert(Connection c, Database db) throws SQLException {
    Sql.update(c, "INSERT INTO databases (name, json) VALUES (?, ?)", db.name(), CatalogJson.write(db));
  }

  static void update(Connection c, Database db) throws SQLException {
    Sql.update(c, "UPDATE databases SET json = ? WHERE name = ?", CatalogJson.write(db), db.name());
  }

  /** Deletes the database with all its tables, their partitions and versions. */
  static void delete(Connection c, String name) throws SQLException {
    Sql.update(c, "DELETE FROM partitions WHERE db = ?", name);
    Sql.update(c, "DELETE FROM table_versions WHERE db = ?", name);
    Sql.update(c, "DELETE FROM tables WHERE db = ?", name);
    Sql.update(c, "DELETE FROM databases WHERE name = ?", name);
  }

  private static Database parse(String json, String name) {
    return CatalogJson.read(json, Database.class, "database " + name);
  }
}
