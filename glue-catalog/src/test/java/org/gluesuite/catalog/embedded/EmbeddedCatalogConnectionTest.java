package org.gluesuite.catalog.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.contract.ConnectionContract;
import org.junit.jupiter.api.Test;

class EmbeddedCatalogConnectionTest extends ConnectionContract {

  @Override
  protected DataCatalog openEmptyCatalog(Path dir) {
    return EmbeddedCatalog.open(dir);
  }

  @Test
  void createConnection_storesTheTypeInUpperCase() {
    catalog.createConnection(new ConnectionInput("w", null, "jdbc", Map.of("JDBC_CONNECTION_URL", "jdbc:sqlite:x")));

    assertThat(catalog.getConnection("w").connectionType()).isEqualTo("JDBC");
  }

  @Test
  void createConnection_whenTypeMissing_failsBeforeStoring() {
    assertThatThrownBy(() -> catalog.createConnection(new ConnectionInput("typeless", null, null, Map.of())))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The ConnectionType is missing");
    assertThat(catalog.getConnections()).isEmpty();
  }

  @Test
  void open_aCatalogOfSchemaVersion1_addsConnectionsAndKeepsItsData() throws Exception {
    catalog.close();
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
    }
    // What a catalog written before connections existed looks like.
    try (java.sql.Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("glue-catalog.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE connections");
      s.execute("DROP TABLE table_versions");
      s.execute("DROP TABLE tags");
      s.execute("DELETE FROM schema_version WHERE version >= 2");
    }

    catalog = EmbeddedCatalog.open(dir);
    assertThat(catalog.getDatabase("sales").name()).isEqualTo("sales");
    catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/w.db"));
    assertThat(catalog.getConnections()).hasSize(1);
  }
}
