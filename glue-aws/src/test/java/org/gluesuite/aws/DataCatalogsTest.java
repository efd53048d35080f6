package org.gluesuite.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.gluesuite.catalog.CatalogLocation;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
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
  void open_whenGlueWithAnEndpoint_opensTheGlueClientOnThatEndpoint_withoutCallingIt() {
    AwsSettings dummy = AwsSettings.builder().staticCredentials("AKIDEXAMPLE", "secret").build();
    try (DataCatalog catalog = DataCatalogs.open(CatalogLocation.parse("glue:http://127.0.0.1:1"), dummy)) {
      assertThat(catalog).isInstanceOf(GlueDataCatalog.class);
      assertThat(catalog.toString()).isEqualTo("GlueDataCatalog[http://127.0.0.1:1]");
    }
  }

  @Test
  void open_whenGlue_usesTheConfiguredRegion() {
    AwsSettings settings = AwsSettings.builder().region("eu-west-1").staticCredentials("AKIDEXAMPLE", "secret")
        .build();
    try (DataCatalog catalog = DataCatalogs.open(CatalogLocation.parse("glue"), settings)) {
      assertThat(catalog.toString()).isEqualTo("GlueDataCatalog[eu-west-1]");
    }
  }

  @Test
  void open_whenGlueCannotBeReached_failsNamingTheCallAndWhatToCheck() {
    AwsSettings settings = AwsSettings.builder().staticCredentials("AKIDEXAMPLE", "secret").maxAttempts(1).build();
    try (DataCatalog catalog = DataCatalogs.open(CatalogLocation.parse("glue:http://127.0.0.1:1"), settings)) {
      assertThatThrownBy(() -> catalog.getDatabase("sales"))
          .isInstanceOfSatisfying(org.gluesuite.aws.catalog.RemoteCatalogException.class,
              e -> assertThat(e.errorCode()).isEqualTo("SdkClientException"))
          .hasMessageStartingWith("AWS Glue could not be called for GetDatabase sales:")
          .hasMessageContaining("Check the endpoint (--glue_suite_catalog glue:URL, AWS_ENDPOINT_URL_GLUE)");
    }
  }
}
