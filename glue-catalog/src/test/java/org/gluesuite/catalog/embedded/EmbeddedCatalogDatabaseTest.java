package org.gluesuite.catalog.embedded;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.contract.DatabaseContract;

class EmbeddedCatalogDatabaseTest extends DatabaseContract {

  @Override
  protected DataCatalog openEmptyCatalog(Path dir) {
    return EmbeddedCatalog.open(dir);
  }
}
