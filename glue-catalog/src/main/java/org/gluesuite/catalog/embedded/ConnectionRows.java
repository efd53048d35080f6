package org.gluesuite.catalog.embedded;

import java.sql.SQLException;
import java.util.List;
import org.gluesuite.catalog.Connection;

/** The {@code connections} table: one row per connection, keyed by its lower-case name. */
final class ConnectionRows {

  private ConnectionRows() {
  }

  static Connection find(java.sql.Connection c, String name) throws SQLException {
    return Sql.first(c, "SELECT json FROM connections WHERE name = ?", rs -> parse(rs.getString(1), name), name);
  }

  static List<Connection> all(java.sql.Connection c) throws SQLException {
    return Sql.list(c, "SELECT name, json FROM connections ORDER BY name",
        rs -> parse(rs.getString(2), rs.getString(1)));
  }

  static void insert(java.sql.Connection c, Connection connection) throws SQLException {
    Sql.update(c, "INSERT INTO connections (name, json) VALUES (?, ?)", connection.name(),
        CatalogJson.write(connection));
  }

  static void delete(java.sql.Connection c, String name) throws SQLException {
    Sql.update(c, "DELETE FROM connections WHERE name = ?", name);
  }

  private static Connection parse(String json, String name) {
    return CatalogJson.read(json, Connection.class, "connection " + name);
  }
}
