package org.gluesuite.catalog.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code tags} table: the tags of a resource, keyed by its {@link org.gluesuite.catalog.CatalogResource} name. */
final class TagRows {

  private TagRows() {
  }

  static Map<String, String> of(Connection c, String resource) throws SQLException {
    Map<String, String> tags = new LinkedHashMap<>();
    Sql.list(c, "SELECT tag_key, tag_value FROM tags WHERE resource = ? ORDER BY tag_key",
        rs -> tags.put(rs.getString(1), rs.getString(2)), resource);
    return tags;
  }

  static void put(Connection c, String resource, String key, String value) throws SQLException {
    Sql.update(c, "INSERT INTO tags (resource, tag_key, tag_value) VALUES (?, ?, ?)"
        + " ON CONFLICT (resource, tag_key) DO UPDATE SET tag_value = excluded.tag_value", resource, key, value);
  }

  static void remove(Connection c, String resource, String key) throws SQLException {
    Sql.update(c, "DELETE FROM tags WHERE resource = ? AND tag_key = ?", resource, key);
  }

  /** Removes the tags of {@code resource} and of every resource under it ({@code table/db/…} under a database). */
  static void removeAll(Connection c, String resource) throws SQLException {
    Sql.update(c, "DELETE FROM tags WHERE resource = ? OR substr(resource, 1, ?) = ?", resource,
        resource.length() + 1, resource + "/");
  }
}
