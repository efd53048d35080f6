package org.gluesuite.catalog.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.CatalogResource;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.TableVersion;
import org.gluesuite.catalog.contract.CatalogFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCatalogTagsTest {
  @TempDir
  Path dir;

  @Test
  void tags_areAddedReplacedRemoved_andGoWithTheirResource() {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
      catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
      catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/w.db"));
      String table = CatalogResource.table("Sales", "REF");
      catalog.tagResource(table, Map.of("team", "a", "tier", "gold"));
      catalog.tagResource(table, Map.of("tier", "silver"));
      catalog.tagResource(CatalogResource.database("sales"), Map.of("owner", "x"));
      catalog.tagResource(CatalogResource.connection("warehouse"), Map.of("env", "dev"));

      catalog.untagResource(table, List.of("team", "never-set"));

      assertThat(table).isEqualTo("table/sales/ref");
      assertThat(catalog.getTags(table)).isEqualTo(Map.of("tier", "silver"));
      catalog.deleteDatabase("sales");
      catalog.deleteConnection("warehouse");
      assertThat(catalog.getTags(table)).isEmpty();
      assertThat(catalog.getTags("database/sales")).isEmpty();
      assertThat(catalog.getTags("connection/warehouse")).isEmpty();
    }
  }

  @Test
  void tagResource_whenOverFiftyTags_failsAndAddsNone() {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      Map<String, String> fifty = new HashMap<>();
      for (int i = 0; i < 50; i++) {
        fifty.put("k" + i, "v");
      }
      catalog.tagResource("database/sales", fifty);

      assertThatThrownBy(() -> catalog.tagResource("database/sales", Map.of("one-more", "v", "k1", "w")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("Resource database/sales would have 51 tags, over Glue's limit of 50 per resource.");
      assertThat(catalog.getTags("database/sales")).hasSize(50).containsEntry("k1", "v");
    }
  }

  @Test
  void open_aCatalogOfSchemaVersion2_recordsTheCurrentVersionOfEachTable() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
      catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
      catalog.updateTable("sales", catalog.getTable("sales", "ref").toInput().withParameters(Map.of("k", "1")));
    }
    try (java.sql.Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("glue-catalog.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE table_versions");
      s.execute("DROP TABLE tags");
      s.execute("DELETE FROM schema_version WHERE version = 3");
    }

    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      assertThat(catalog.getTableVersions("sales", "ref")).extracting(TableVersion::versionId).containsExactly("1");
      assertThat(catalog.getTags("table/sales/ref")).isEmpty();
    }
  }
}
