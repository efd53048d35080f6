package org.gluesuite.catalog.contract;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link DataCatalog} implementation must do, as tests: each contract class holds the tests of one part of
 * the API, and each implementation runs them by extending it with {@link #openEmptyCatalog} (the embedded catalog in
 * glue-catalog; the AWS Glue client against {@code glue-suite serve} in glue-serve). Messages are part of the
 * contract: a remote catalog passes the server's message through unchanged.
 */
public abstract class CatalogContract {

  @TempDir
  protected Path dir;

  protected DataCatalog catalog;

  /** A catalog with no databases and no connections, which the test may change freely. */
  protected abstract DataCatalog openEmptyCatalog(Path dir);

  @BeforeEach
  void openCatalog() {
    catalog = openEmptyCatalog(dir);
    setUp();
  }

  /** What a contract class creates before each of its tests. */
  protected void setUp() {
  }

  @AfterEach
  void closeCatalog() {
    catalog.close();
  }
}
