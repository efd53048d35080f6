package org.gluesuite.serve.glue;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.contract.DatabaseContract;
import org.gluesuite.serve.testing.ServeExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database contract of the catalog, through GlueDataCatalog (SDK v2) → glue-suite serve → the embedded catalog. */
class GlueDataCatalogDatabaseTest extends DatabaseContract {
  @RegisterExtension
  static final ServeExtension SERVE = new ServeExtension();

  @Override
  protected DataCatalog openEmptyCatalog(Path dir) {
    return SERVE.emptyGlueDataCatalog(1);
  }
}
