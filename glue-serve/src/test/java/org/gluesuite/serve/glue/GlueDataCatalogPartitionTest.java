package org.gluesuite.serve.glue;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.contract.PartitionContract;
import org.gluesuite.serve.testing.ServeExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partition contract of the catalog, through GlueDataCatalog (SDK v2) → glue-suite serve → the embedded catalog. */
class GlueDataCatalogPartitionTest extends PartitionContract {
  @RegisterExtension
  static final ServeExtension SERVE = new ServeExtension();

  @Override
  protected DataCatalog openEmptyCatalog(Path dir) {
    return SERVE.emptyGlueDataCatalog(3);
  }
}
