package org.gluesuite.catalog.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCatalogConnectionTest {
  @TempDir
  Path dir;

  @Test
  void createConnection_thenGetListAndDelete() {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createConnection(new ConnectionInput("Test-Redshift-3", "the warehouse", "jdbc",
          Map.of(Connection.JDBC_CONNECTION_URL, "jdbc:postgresql://db:5432/dev", Connection.USERNAME, "etl")));
      catalog.createConnection(ConnectionInput.jdbc("archive", "jdbc:sqlite:/data/archive.db"));

      Connection found = catalog.getConnection("test-redshift-3");

      assertThat(found.name()).isEqualTo("test-redshift-3");
      assertThat(found.connectionType()).isEqualTo("JDBC");
      assertThat(found.connectionProperties()).containsEntry(Connection.JDBC_CONNECTION_URL,
          "jdbc:postgresql://db:5432/dev").containsEntry(Connection.USERNAME, "etl");
      assertThat(found.creationTime()).isNotNull();
      assertThat(catalog.getConnections()).extracting(Connection::name).containsExactly("archive", "test-redshift-3");

      catalog.deleteConnection("archive");
      assertThat(catalog.getConnections()).extracting(Connection::name).containsExactly("test-redshift-3");
    }
  }

  @Test
  void connections_unhappyPaths_nameTheProblem() {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/w.db"));

      assertThatThrownBy(() -> catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/x.db")))
          .isInstanceOf(AlreadyExistsException.class).hasMessageStartingWith("Connection warehouse already exists.");
      assertThatThrownBy(() -> catalog.getConnection("missing"))
          .isInstanceOf(EntityNotFoundException.class).hasMessageStartingWith("Connection missing not found");
      assertThatThrownBy(() -> catalog.deleteConnection("missing")).isInstanceOf(EntityNotFoundException.class);
      assertThatThrownBy(() -> catalog.createConnection(ConnectionInput.jdbc("bad name", "jdbc:sqlite:/tmp/y.db")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("Invalid connection name 'bad name'");
      assertThatThrownBy(() -> catalog.createConnection(new ConnectionInput("typeless", null, null, Map.of())))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The ConnectionType is missing");
    }
  }

  @Test
  void open_aCatalogOfSchemaVersion1_addsConnectionsAndKeepsItsData() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
    }
    // What a catalog written before connections existed looks like.
    try (java.sql.Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("glue-catalog.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE connections");
      s.execute("DELETE FROM schema_version WHERE version = 2");
    }

    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      assertThat(catalog.getDatabase("sales").name()).isEqualTo("sales");
      catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/w.db"));
      assertThat(catalog.getConnections()).hasSize(1);
    }
  }
}
