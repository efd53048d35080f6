package org.gluesuite.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CatalogLocationTest {

  @Test
  void parse_whenEmbeddedWithAFolder_namesThatFolder() {
    CatalogLocation location = CatalogLocation.parse("embedded:/data/workspace/catalog");

    assertThat(location).isEqualTo(CatalogLocation.embedded(Path.of("/data/workspace/catalog")));
    assertThat(((CatalogLocation.Embedded) location).directory()).isEqualTo(Path.of("/data/workspace/catalog"));
    assertThat(location).hasToString("embedded:/data/workspace/catalog");
  }

  @Test
  void parse_whenEmbeddedWithARelativeFolder_keepsItRelative() {
    assertThat(CatalogLocation.parse("embedded:workspace/catalog"))
        .isEqualTo(CatalogLocation.embedded(Path.of("workspace", "catalog")));
  }

  @Test
  void parse_whenGlue_namesTheRegionsCatalog() {
    CatalogLocation location = CatalogLocation.parse("glue");

    assertThat(location).isEqualTo(CatalogLocation.glue());
    assertThat(((CatalogLocation.AwsGlue) location).endpointOverride()).isEmpty();
    assertThat(location).hasToString("glue");
  }

  @Test
  void parse_whenGlueWithAnEndpoint_namesThatEndpoint() {
    CatalogLocation location = CatalogLocation.parse("glue:https://glue.eu-west-1.amazonaws.com");

    assertThat(((CatalogLocation.AwsGlue) location).endpointOverride())
        .isEqualTo(Optional.of(URI.create("https://glue.eu-west-1.amazonaws.com")));
    assertThat(location).hasToString("glue:https://glue.eu-west-1.amazonaws.com");
    assertThat(CatalogLocation.parse("glue:http://localhost:4566"))
        .isEqualTo(CatalogLocation.glue(URI.create("http://localhost:4566")));
  }

  @Test
  void parse_ofToString_givesTheSameLocation() {
    for (String value : new String[] {"embedded:/tmp/c", "glue", "glue:https://example.com:8443"}) {
      assertThat(CatalogLocation.parse(CatalogLocation.parse(value).toString()))
          .isEqualTo(CatalogLocation.parse(value));
    }
  }

  @Test
  void parse_whenMissing_saysTheOptionIsRequiredAndListsTheForms() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> CatalogLocation.parse(missing))
          .isInstanceOf(InvalidCatalogLocationException.class)
          .hasMessageStartingWith("--glue_suite_catalog is required")
          .hasMessageContaining("embedded:DIR").hasMessageContaining("glue:https://ENDPOINT");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/data/catalog", "embeded:/data/catalog", "Embedded:/data/catalog", "GLUE", "glue-catalog",
      "hive:thrift://metastore:9083", " glue"})
  void parse_whenNoneOfTheForms_failsNamingTheOptionTheValueAndTheForms(String value) {
    assertThatThrownBy(() -> CatalogLocation.parse(value))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .isInstanceOf(org.gluesuite.common.GlueSuiteUserException.class)
        .hasMessageStartingWith("--glue_suite_catalog '" + value + "' is not a catalog location: it is none of the "
            + "accepted forms")
        .hasMessageContaining("embedded:DIR").hasMessageContaining("glue (the AWS Glue Data Catalog")
        .hasMessageContaining("glue:https://ENDPOINT");
  }

  @Test
  void parse_whenEmbeddedNamesNoFolder_failsSayingSo() {
    assertThatThrownBy(() -> CatalogLocation.parse("embedded:"))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .hasMessageContaining("--glue_suite_catalog 'embedded:'")
        .hasMessageContaining("it names no folder after 'embedded:'");
  }

  @Test
  void parse_whenEmbeddedFolderIsNotAPath_failsNamingIt() {
    assertThatThrownBy(() -> CatalogLocation.parse("embedded:/data/\u0000catalog"))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .hasMessageContaining("is not a folder path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"glue:", "glue:glue.eu-west-1.amazonaws.com", "glue:ftp://glue.example.com",
      "glue:https://", "glue:https://glue.example.com/?region=eu", "glue:https://exa mple.com"})
  void parse_whenTheGlueEndpointIsNotAnHttpUrl_failsNamingTheEndpoint(String value) {
    assertThatThrownBy(() -> CatalogLocation.parse(value))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .hasMessageStartingWith("--glue_suite_catalog '" + value + "' is not a catalog location: the endpoint '"
            + value.substring("glue:".length()) + "' is not")
        .hasMessageContaining("glue:https://ENDPOINT");
  }
}
