package org.gluesuite.catalog;

import java.util.Objects;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;

/**
 * Builds the {@link DataCatalog} a {@link CatalogLocation} names: the one place that decides which implementation a
 * job or command gets.
 */
public final class DataCatalogs {
  private DataCatalogs() {
  }

  /**
   * Opens the catalog at {@code location}; the caller closes it.
   *
   * @throws UnsupportedCatalogLocationException for the AWS Glue Data Catalog, whose client is not in this build
   */
  public static DataCatalog open(CatalogLocation location) {
    Objects.requireNonNull(location, "location");
    if (location instanceof CatalogLocation.Embedded embedded) {
      return EmbeddedCatalog.open(embedded.directory());
    }
    CatalogLocation.AwsGlue glue = (CatalogLocation.AwsGlue) location;
    throw CatalogErrors.glueCatalogClientMissing(glue);
  }
}
