package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import org.gluesuite.catalog.CatalogResource;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/** CreateDatabase, GetDatabase, GetDatabases, UpdateDatabase, DeleteDatabase. */
final class DatabaseOperations {
  /** Glue's largest {@code GetDatabases} page ({@code CatalogGetterPageSize}). */
  static final int PAGE_SIZE = 100;

  private DatabaseOperations() {
  }

  static void register(ServiceApi glue, EmbeddedCatalog catalog) {
    glue.register("CreateDatabase", call -> {
      DatabaseInput input = call.read("DatabaseInput", DatabaseInput.class);
      catalog.createDatabase(input);
      GlueCatalogOperations.tagOnCreate(call, catalog, CatalogResource.database(input.name()));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetDatabase", call -> output("Database", catalog.getDatabase(call.string("Name"))));
    glue.register("GetDatabases", call -> {
      Pages.Page<Database> page = Pages.of(catalog.getDatabases(), Database::name, call, PAGE_SIZE);
      return page("DatabaseList", page.items(), page.nextToken());
    });
    glue.register("UpdateDatabase", call -> {
      catalog.updateDatabase(call.string("Name"), call.read("DatabaseInput", DatabaseInput.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("DeleteDatabase", call -> {
      catalog.deleteDatabase(call.string("Name"));
      return Operation.NO_OUTPUT;
    });
  }
}
