package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.errorDetail;
import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.TableVersion;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * CreateTable, GetTable, GetTables (with {@code Expression}), UpdateTable (with {@code VersionId}: compare and update
 * in one transaction), DeleteTable, BatchDeleteTable, GetTableVersion(s), DeleteTableVersion. {@code SkipArchive} is
 * accepted and every version kept.
 */
final class TableOperations {
  /** Glue's largest {@code GetTables}/{@code GetTableVersions} page. */
  static final int PAGE_SIZE = 100;

  private TableOperations() {
  }

  static void register(ServiceApi glue, EmbeddedCatalog catalog) {
    glue.register("CreateTable", call -> {
      catalog.createTable(call.string("DatabaseName"), call.read("TableInput", TableInput.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetTable", call -> output("Table", catalog.getTable(call.string("DatabaseName"),
        call.string("Name"))));
    glue.register("GetTables", call -> {
      List<Table> tables = catalog.getTables(call.string("DatabaseName"));
      Optional<String> expression = call.optionalString("Expression").filter(e -> !e.isEmpty());
      if (expression.isPresent()) {
        Pattern names = TableNameExpression.parse(expression.get());
        tables = tables.stream().filter(t -> names.matcher(t.name()).matches()).toList();
      }
      Pages.Page<Table> page = Pages.of(tables, Table::name, call, PAGE_SIZE);
      return page("TableList", page.items(), page.nextToken());
    });
    glue.register("UpdateTable", call -> {
      String database = call.string("DatabaseName");
      TableInput input = call.read("TableInput", TableInput.class);
      Optional<String> version = call.optionalString("VersionId");
      if (version.isPresent()) {
        catalog.updateTable(database, input, version.get());
      } else {
        catalog.updateTable(database, input);
      }
      return Operation.NO_OUTPUT;
    });
    glue.register("DeleteTable", call -> {
      catalog.deleteTable(call.string("DatabaseName"), call.string("Name"));
      return Operation.NO_OUTPUT;
    });
    glue.register("BatchDeleteTable", call -> {
      String database = call.string("DatabaseName");
      catalog.getDatabase(database);
      List<Map<String, Object>> errors = new ArrayList<>();
      for (String name : call.readList("TablesToDelete", String.class)) {
        try {
          catalog.deleteTable(database, name);
        } catch (EntityNotFoundException | InvalidInputException e) {
          Map<String, Object> error = output("TableName", name);
          error.put("ErrorDetail", errorDetail(e.errorCode(), e.getMessage()));
          errors.add(error);
        }
      }
      return output("Errors", errors);
    });
    glue.register("GetTableVersion", call -> {
      String database = call.string("DatabaseName");
      String table = call.string("TableName");
      Optional<String> version = call.optionalString("VersionId");
      TableVersion found = version.isPresent() ? catalog.getTableVersion(database, table, version.get())
          : current(catalog.getTable(database, table));
      return output("TableVersion", found);
    });
    glue.register("GetTableVersions", call -> {
      List<TableVersion> versions = catalog.getTableVersions(call.string("DatabaseName"), call.string("TableName"));
      Pages.Page<TableVersion> page = Pages.of(versions, v -> String.format("%020d", Long.parseLong(v.versionId())),
          call, PAGE_SIZE);
      return page("TableVersions", page.items(), page.nextToken());
    });
    glue.register("DeleteTableVersion", call -> {
      catalog.deleteTableVersion(call.string("DatabaseName"), call.string("TableName"), call.string("VersionId"));
      return Operation.NO_OUTPUT;
    });
  }

  private static TableVersion current(Table table) {
    return new TableVersion(table, table.versionId());
  }
}
