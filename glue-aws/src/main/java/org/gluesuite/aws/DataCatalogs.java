package org.gluesuite.aws;

import java.util.Objects;
import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.gluesuite.catalog.CatalogLocation;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;

/**
 * Builds the {@link DataCatalog} a {@link CatalogLocation} names: the one place that decides which implementation a
 * job or command gets. {@code embedded:DIR} is the {@link EmbeddedCatalog} in that folder; {@code glue} the AWS Glue
 * Data Catalog of the account and region the AWS SDK resolves (on AWS Glue: the job's role and region);
 * {@code glue:URL} a Glue API at that endpoint, such as {@code glue-suite serve}.
 */
public final class DataCatalogs {
  private DataCatalogs() {
  }

  /** Opens the catalog at {@code location} with AWS settings resolved the SDK's way; the caller closes it. */
  public static DataCatalog open(CatalogLocation location) {
    return open(location, AwsSettings.defaults());
  }

  /**
   * Opens the catalog at {@code location}; a Glue catalog gets its client from {@code aws} (the location's endpoint,
   * when it names one, overrides the Glue endpoint of {@code aws}).
   */
  public static DataCatalog open(CatalogLocation location, AwsSettings aws) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(aws, "aws");
    if (location instanceof CatalogLocation.Embedded embedded) {
      return EmbeddedCatalog.open(embedded.directory());
    }
    CatalogLocation.AwsGlue glue = (CatalogLocation.AwsGlue) location;
    AwsSettings settings = glue.endpointOverride()
        .map(endpoint -> aws.toBuilder().endpoint(AwsService.GLUE, endpoint).build())
        .orElse(aws);
    return GlueDataCatalog.create(AwsClientFactory.create(settings).glue());
  }
}
