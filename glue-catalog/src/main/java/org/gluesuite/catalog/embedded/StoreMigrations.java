package org.gluesuite.catalog.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gluesuite.catalog.CatalogErrors;

/**
 * Creates and migrates the SQLite tables of the catalog file, and checks the file is ours. The file is marked with SQLite's {@code application_id}
 * so that a foreign SQLite file is recognised; {@code schema_version} records every migration applied.
 * Creation and migration run in one write transaction, so processes opening a new catalog at the same
 * time agree on one schema.
 */
final class StoreMigrations {

  /** "GSUC": Glue Suite catalog. */
  static final int APPLICATION_ID = 0x47535543;

  /** Migration {@code i} brings the schema from version {@code i} to {@code i + 1}. */
  private static final List<List<String>> MIGRATIONS = List.of(List.of(
      "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
      "CREATE TABLE databases (name TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID",
      "CREATE TABLE tables (db TEXT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL,"
          + " json TEXT NOT NULL, PRIMARY KEY (db, name)) WITHOUT ROWID",
      "CREATE TABLE partitions (db TEXT NOT NULL, tbl TEXT NOT NULL, values_key TEXT NOT NULL,"
          + " json TEXT NOT NULL, PRIMARY KEY (db, tbl, values_key)) WITHOUT ROWID"),
      List.of("CREATE TABLE connections (name TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID"),
      // Version 3: table versions (the current one is recorded too, so existing tables start with theirs) and tags.
      List.of("CREATE TABLE table_versions (db TEXT NOT NULL, tbl TEXT NOT NULL, version INTEGER NOT NULL,"
          + " json TEXT NOT NULL, PRIMARY KEY (db, tbl, version)) WITHOUT ROWID",
          "INSERT INTO table_versions (db, tbl, version, json) SELECT db, name, version, json FROM tables",
          "CREATE TABLE tags (resource TEXT NOT NULL, tag_key TEXT NOT NULL, tag_value TEXT NOT NULL,"
              + " PRIMARY KEY (resource, tag_key)) WITHOUT ROWID"));

  static final int CURRENT_VERSION = MIGRATIONS.size();

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private StoreMigrations() {
  }

  /** Rejects an existing non-empty file that is not SQLite at all, before SQLite touches it. */
  static void checkHeader(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return;
      }
      byte[] head = new byte[SQLITE_HEADER.length];
      int read;
      try (InputStream in = Files.newInputStream(file)) {
        read = in.readNBytes(head, 0, head.length);
      }
      if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
        throw CatalogErrors.notACatalog(file, "it is not an SQLite database (its first bytes are not the"
            + " SQLite header)");
      }
    } catch (IOException e) {
      throw CatalogErrors.cannotOpen(file, e);
    }
  }

  /** Creates or migrates the schema; run inside a write transaction. */
  static Void initialize(Connection c, Path file) throws SQLException {
    int applicationId = pragmaInt(c, "PRAGMA application_id");
    List<String> tables = userTables(c);
    if (applicationId == 0 && tables.isEmpty()) {
      execute(c, "PRAGMA application_id = " + APPLICATION_ID);
      migrate(c, 0);
      return null;
    }
    if (applicationId != APPLICATION_ID) {
      throw CatalogErrors.notACatalog(file, applicationId == 0
          ? "it is an SQLite database of another application (it has tables " + tables + ")"
          : String.format("it is an SQLite database of another application (application id 0x%08X)",
              applicationId));
    }
    int version = currentVersion(c, file);
    if (version > CURRENT_VERSION) {
      throw CatalogErrors.newerSchema(file, version, CURRENT_VERSION);
    }
    migrate(c, version);
    return null;
  }

  private static void migrate(Connection c, int from) throws SQLException {
    for (int v = from; v < CURRENT_VERSION; v++) {
      for (String ddl : MIGRATIONS.get(v)) {
        execute(c, ddl);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
        ps.setInt(1, v + 1);
        ps.setString(2, Instant.now().toString());
        ps.executeUpdate();
      }
    }
  }

  private static int currentVersion(Connection c, Path file) throws SQLException {
    if (!userTables(c).contains("schema_version")) {
      throw CatalogErrors.notACatalog(file, "it carries the catalog's mark but has no schema_version table");
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> userTables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static int pragmaInt(Connection c, String pragma) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
