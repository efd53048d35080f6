package org.gluesuite.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Data Catalog a job or command uses, parsed once from the {@code --glue_suite_catalog} option;
 * {@code org.gluesuite.aws.DataCatalogs.open} builds the catalog it names. The forms:
 *
 * <ul>
 *   <li>{@code embedded:DIR}: the embedded catalog in folder {@code DIR} (its {@code glue-catalog.db});</li>
 *   <li>{@code glue}: the AWS Glue Data Catalog of the job's account and region;</li>
 *   <li>{@code glue:https://ENDPOINT}: the AWS Glue Data Catalog at that endpoint (a VPC or local endpoint).</li>
 * </ul>
 *
 * {@link #toString()} gives the option value back.
 */
public sealed interface CatalogLocation permits CatalogLocation.Embedded, CatalogLocation.AwsGlue {
  /** The job argument that names the catalog, without its leading {@code --}. */
  String ARGUMENT = "glue_suite_catalog";

  /**
   * The location {@code value} names.
   *
   * @throws InvalidCatalogLocationException if {@code value} is missing or none of the forms
   */
  static CatalogLocation parse(String value) {
    if (value == null || value.isBlank()) {
      throw CatalogErrors.catalogLocationMissing();
    }
    if (value.startsWith(Embedded.PREFIX)) {
      String directory = value.substring(Embedded.PREFIX.length());
      if (directory.isBlank()) {
        throw CatalogErrors.invalidCatalogLocation(value, "it names no folder after 'embedded:'");
      }
      try {
        return embedded(Path.of(directory));
      } catch (InvalidPathException e) {
        throw CatalogErrors.invalidCatalogLocation(value, "'" + directory + "' is not a folder path ("
            + e.getReason() + ")");
      }
    }
    if (value.equals(AwsGlue.NAME)) {
      return glue();
    }
    if (value.startsWith(AwsGlue.NAME + ":")) {
      return glue(endpoint(value, value.substring(AwsGlue.NAME.length() + 1)));
    }
    throw CatalogErrors.invalidCatalogLocation(value, "it is none of the accepted forms");
  }

  /** The embedded catalog in {@code directory}. */
  static Embedded embedded(Path directory) {
    return new Embedded(directory);
  }

  /** The AWS Glue Data Catalog at the endpoint of the job's region. */
  static AwsGlue glue() {
    return new AwsGlue(Optional.empty());
  }

  /** The AWS Glue Data Catalog at {@code endpoint}. */
  static AwsGlue glue(URI endpoint) {
    return new AwsGlue(Optional.of(endpoint));
  }

  private static URI endpoint(String value, String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw CatalogErrors.invalidCatalogLocation(value, "the endpoint '" + text + "' is not a URL (" + e.getReason()
          + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw CatalogErrors.invalidCatalogLocation(value, "the endpoint '" + text
          + "' is not an http(s) URL with a host and no query");
    }
    return uri;
  }

  /** The embedded catalog: {@code glue-catalog.db} in {@code directory}. */
  record Embedded(Path directory) implements CatalogLocation {
    private static final String PREFIX = "embedded:";

    public Embedded {
      Objects.requireNonNull(directory, "directory");
    }

    @Override
    public String toString() {
      return PREFIX + directory;
    }
  }

  /** The AWS Glue Data Catalog, at the region's endpoint unless {@code endpointOverride} names another. */
  record AwsGlue(Optional<URI> endpointOverride) implements CatalogLocation {
    private static final String NAME = "glue";

    public AwsGlue {
      Objects.requireNonNull(endpointOverride, "endpointOverride");
    }

    @Override
    public String toString() {
      return endpointOverride.map(uri -> NAME + ":" + uri).orElse(NAME);
    }
  }
}
