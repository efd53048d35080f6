package org.gluesuite.serve.glue;

import java.nio.file.Path;
import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.contract.TableContract;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The table contract of the catalog, through GlueDataCatalog (SDK v2) → glue-suite serve → the embedded catalog. */
class GlueDataCatalogTableTest extends TableContract {
  private static ServeFixture serve;

  @BeforeAll
  static void startServe() {
    serve = ServeFixture.start();
  }

  @AfterAll
  static void stopServe() {
    serve.close();
  }

  @Override
  protected DataCatalog openEmptyCatalog(Path dir) {
    serve.reset();
    return GlueDataCatalog.create(serve.glue());
  }
}
