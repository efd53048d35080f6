package org.gluesuite.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCatalogsTest {

  @Test
  void open_whenEmbedded_opensTheEmbeddedCatalogInThatFolder(@TempDir Path folder) {
    Path dir = folder.resolve("catalog");
    try (DataCatalog catalog = DataCatalogs.open(CatalogLocation.parse("embedded:" + dir))) {
      assertThat(catalog).isInstanceOf(EmbeddedCatalog.class);
      catalog.createDatabase(DatabaseInput.named("sales"));
    }
    assertThat(Files.exists(dir.resolve(EmbeddedCatalog.FILE_NAME))).isTrue();
    try (DataCatalog reopened = EmbeddedCatalog.open(dir)) {
      assertThat(reopened.getDatabase("sales").name()).isEqualTo("sales");
    }
  }

  @Test
  void open_whenGlue_failsSayingTheClientIsNotInThisBuild() {
    for (String value : new String[] {"glue", "glue:https://glue.eu-west-1.amazonaws.com"}) {
      assertThatThrownBy(() -> DataCatalogs.open(CatalogLocation.parse(value)))
          .isInstanceOf(UnsupportedCatalogLocationException.class)
          .hasMessageStartingWith("--glue_suite_catalog " + value + " names the AWS Glue Data Catalog, but its "
              + "client is not in this build yet")
          .hasMessageContaining("Pass --glue_suite_catalog embedded:DIR");
    }
  }
}
