package org.gluesuite.catalog.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.CatalogStoreException;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.contract.CatalogFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCatalogStoreTest {

  @TempDir
  Path dir;

  @Test
  void open_createsCatalogFileInWalModeMarkedAsCatalog() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir.resolve("nested/catalog"))) {
      assertThat(catalog.file()).isEqualTo(dir.resolve("nested/catalog/glue-catalog.db").toAbsolutePath());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("nested/catalog/glue-catalog.db"));
        Statement s = c.createStatement()) {
      assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(single(s, "PRAGMA application_id")).isEqualTo(Integer.toString(0x47535543));
      assertThat(single(s, "SELECT MAX(version) FROM schema_version")).isEqualTo("3");
    }
  }

  @Test
  void closeAndReopen_keepsEverything() {
    Table before;
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(new DatabaseInput("sales", "d", null, Map.of("p", "1")));
      catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
      Table t = catalog.getTable("sales", "orders");
      catalog.updateTable("sales", t.toInput().withParameters(Map.of("classification", "parquet", "v", "2")));
      catalog.batchCreatePartition("sales", "orders", List.of(CatalogFixtures.dayPartition("2024", "01", "05"),
          CatalogFixtures.dayPartition("2024", "01", "06")));
      before = catalog.getTable("sales", "orders");
    }

    try (EmbeddedCatalog reopened = EmbeddedCatalog.open(dir)) {
      assertThat(reopened.getDatabase("sales").parameters()).isEqualTo(Map.of("p", "1"));
      assertThat(reopened.getTable("sales", "orders")).isEqualTo(before);
      assertThat(reopened.getTable("sales", "orders").versionId()).isEqualTo("1");
      assertThat(reopened.getPartitions("sales", "orders")).extracting(Partition::location).containsExactly(
          "s3://bucket/sales/orders/2024/01/05/", "s3://bucket/sales/orders/2024/01/06/");
    }
  }

  @Test
  void open_whenFileIsNotSqlite_failsNamingFileAndFix() throws Exception {
    Path file = dir.resolve("glue-catalog.db");
    Files.writeString(file, "these are my notes, not a database\n".repeat(20), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EmbeddedCatalog.open(dir))
        .isInstanceOfSatisfying(CatalogStoreException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InternalServiceException"))
        .hasMessage(file.toAbsolutePath() + " is not a Glue Suite catalog: it is not an SQLite database (its first"
            + " bytes are not the SQLite header). Point the catalog at another directory, or move this file away"
            + " and a new, empty catalog is created on the next open.");
    assertThat(Files.readString(file)).startsWith("these are my notes");
  }

  @Test
  void open_whenFileIsAnotherApplicationsSqliteDatabase_failsAndLeavesItUntouched() throws Exception {
    Path file = dir.resolve("glue-catalog.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER, name TEXT)");
    }

    assertThatThrownBy(() -> EmbeddedCatalog.open(dir))
        .isInstanceOf(CatalogStoreException.class)
        .hasMessageStartingWith(file.toAbsolutePath() + " is not a Glue Suite catalog: it is an SQLite database of"
            + " another application (it has tables [customers]).");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("delete");
    }
  }

  @Test
  void open_whenSchemaVersionIsNewer_failsNamingVersionsAndFix() throws Exception {
    EmbeddedCatalog.open(dir).close();
    Path file = dir.resolve("glue-catalog.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version (version, applied_at) VALUES (7, 'later')");
    }

    assertThatThrownBy(() -> EmbeddedCatalog.open(dir))
        .isInstanceOf(CatalogStoreException.class)
        .hasMessage("Catalog " + file.toAbsolutePath() + " was written by a newer Glue Suite (catalog schema version"
            + " 7; this version reads up to 3). Use the newer Glue Suite with this catalog, or point this one at"
            + " another directory.");
  }

  @Test
  void open_whenPagesAreDamaged_failsNamingFile() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
    }
    Path file = dir.resolve("glue-catalog.db");
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 100; i < bytes.length; i++) {
      bytes[i] = (byte) 0xA5; // keep the 100-byte header, wreck every page
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> EmbeddedCatalog.open(dir))
        .isInstanceOf(CatalogStoreException.class)
        .hasMessageStartingWith("Catalog " + file.toAbsolutePath() + " is damaged and cannot be read ([SQLITE_CORRUPT]")
        .hasMessageEndingWith("Restore it from a copy, or move it away and a new, empty catalog is created on the"
            + " next open.");
  }

  @Test
  void call_afterClose_failsSayingHowToReopen() {
    EmbeddedCatalog catalog = EmbeddedCatalog.open(dir);
    catalog.close();

    assertThatThrownBy(catalog::getDatabases)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed: open it again with EmbeddedCatalog.open.");
  }

  @Test
  void twoInstancesOnOneFile_seeEachOthersCommits() {
    try (EmbeddedCatalog writer = EmbeddedCatalog.open(dir); EmbeddedCatalog reader = EmbeddedCatalog.open(dir)) {
      writer.createDatabase(DatabaseInput.named("sales"));
      writer.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));

      assertThat(reader.getTable("sales", "ref").versionId()).isEqualTo("0");
      reader.updateTable("sales", reader.getTable("sales", "ref").toInput());
      assertThat(writer.getTable("sales", "ref").versionId()).isEqualTo("1");
    }
  }

  @Test
  void write_whileAnotherConnectionHoldsTheWriteLock_readsProceedAndWriteTimesOutWithGlueCode() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir, java.time.Duration.ofMillis(300))) {
      catalog.createDatabase(DatabaseInput.named("sales"));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + catalog.file());
          Statement s = other.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
        s.execute("UPDATE databases SET json = json");

        assertThat(catalog.getDatabase("sales").name()).isEqualTo("sales");
        long start = System.nanoTime();
        assertThatThrownBy(() -> catalog.createDatabase(DatabaseInput.named("other")))
            .isInstanceOfSatisfying(org.gluesuite.catalog.OperationTimeoutException.class,
                e -> assertThat(e.errorCode()).isEqualTo("OperationTimeoutException"))
            .hasMessageStartingWith("Catalog " + catalog.file() + " stayed locked by other writers for")
            .hasMessageContaining("during createDatabase other");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isBetween(
            java.time.Duration.ofMillis(250), java.time.Duration.ofSeconds(5));
        s.execute("ROLLBACK");
      }
      catalog.createDatabase(DatabaseInput.named("other"));
      assertThat(catalog.getDatabases()).hasSize(2);
    }
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
