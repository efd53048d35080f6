package org.gluesuite.catalog.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gluesuite.catalog.Partition;

/**
 * The {@code partitions} table: one row per partition, keyed by (database, table, {@link PartitionKey}).
 * The primary key's index serves both the lookup of one partition and the ordered listing of a table's.
 */
final class PartitionRows {

  private PartitionRows() {
  }

  static Partition find(Connection c, String db, String table, List<String> values) throws SQLException {
    return Sql.first(c, "SELECT json FROM partitions WHERE db = ? AND tbl = ? AND values_key = ?",
        rs -> parse(rs.getString(1), db, table), db, table, PartitionKey.of(values));
  }

  static boolean exists(Connection c, String db, String table, List<String> values) throws SQLException {
    return Sql.first(c, "SELECT 1 FROM partitions WHERE db = ? AND tbl = ? AND values_key = ?",
        rs -> Boolean.TRUE, db, table, PartitionKey.of(values)) != null;
  }

  static List<Partition> all(Connection c, String db, String table) throws SQLException {
    return Sql.list(c, "SELECT json FROM partitions WHERE db = ? AND tbl = ? ORDER BY values_key",
        rs -> parse(rs.getString(1), db, table), db, table);
  }

  static void insert(Connection c, Partition p) throws SQLException {
    Sql.update(c, "INSERT INTO partitions (db, tbl, values_key, json) VALUES (?, ?, ?, ?)",
        p.databaseName(), p.tableName(), PartitionKey.of(p.values()), CatalogJson.write(p));
  }

  /** Replaces the partition stored under {@code oldValues}, whose values may change. */
  static void replace(Connection c, List<String> oldValues, Partition p) throws SQLException {
    Sql.update(c, "UPDATE partitions SET values_key = ?, json = ? WHERE db = ? AND tbl = ? AND values_key = ?",
        PartitionKey.of(p.values()), CatalogJson.write(p), p.databaseName(), p.tableName(),
        PartitionKey.of(oldValues));
  }

  static void delete(Connection c, String db, String table, List<String> values) throws SQLException {
    Sql.update(c, "DELETE FROM partitions WHERE db = ? AND tbl = ? AND values_key = ?",
        db, table, PartitionKey.of(values));
  }

  private static Partition parse(String json, String db, String table) {
    return CatalogJson.read(json, Partition.class, "a partition of table " + db + "." + table);
  }
}
