package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.lakeformation.AuditEvent;
import org.gluesuite.lakeformation.DataCellsFilter;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LfDefinitions;
import org.gluesuite.lakeformation.LfJson;
import org.gluesuite.lakeformation.LfResource;
import org.gluesuite.runtime.access.TableRead;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Data cells filters: {@code CreateDataCellsFilter} (on a table of the catalog, naming its columns; the row filter
 * parsed by the same PartiQL subset the jobs enforce), {@code GetDataCellsFilter}, {@code ListDataCellsFilter},
 * {@code UpdateDataCellsFilter} and {@code DeleteDataCellsFilter}, which also revokes the grants on the filter. Changes are for data lake administrators.
 */
final class DataCellsFilterOperations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_PAGE = 100;

  private final LakeFormationState state;
  private final DataCatalog catalog;

  private DataCellsFilterOperations(LakeFormationState state, DataCatalog catalog) {
    this.state = state;
    this.catalog = catalog;
  }

  static void register(ServiceApi lakeFormation, LakeFormationState state, DataCatalog catalog) {
    DataCellsFilterOperations operations = new DataCellsFilterOperations(state, catalog);
    lakeFormation.register("CreateDataCellsFilter", operations::create);
    lakeFormation.register("GetDataCellsFilter", operations::get);
    lakeFormation.register("ListDataCellsFilter", operations::list);
    lakeFormation.register("DeleteDataCellsFilter", operations::delete);
    lakeFormation.register("UpdateDataCellsFilter", operations::update);
  }

  /** Replaces a filter's rows and columns; the grants on it stay. */
  private Object update(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    ObjectNode filter = call.input().path("TableData").deepCopy();
    filter.remove("TableCatalogId");
    String database = lower(filter.path("DatabaseName").asText());
    String tableName = lower(filter.path("TableName").asText());
    String name = filter.path("Name").asText();
    checkColumns(filter, database, tableName, name);
    state.update(model -> {
      state.requireAdmin(model, caller, "UpdateDataCellsFilter");
      model.filter(database, tableName, name)
          .orElseThrow(() -> ServeErrors.dataCellsFilterNotFound(name, database + "." + tableName));
      ObjectNode document = JSON.valueToTree(LfJson.model(model));
      var filters = document.withArray("DataCellsFilters");
      for (int i = 0; i < filters.size(); i++) {
        JsonNode old = filters.get(i);
        if (lower(old.path("DatabaseName").asText()).equals(database) && name.equals(old.path("Name").asText())
            && lower(old.path("TableName").asText()).equals(tableName)) {
          filters.set(i, filter);
        }
      }
      state.audit(AuditEvent.allowed(caller, "UPDATE_DATA_CELLS_FILTER", "table " + database + "." + tableName, name));
      return LfDefinitions.parse(List.of(LakeFormationState.node("the UpdateDataCellsFilter request", document)),
          state.lake());
    });
    return Operation.NO_OUTPUT;
  }

  private void checkColumns(JsonNode filter, String database, String tableName, String name) {
    Table table = catalog.getTable(database, tableName);
    List<String> columns = TableRead.allColumns(table);
    for (String member : List.of("ColumnNames", "ColumnWildcard")) {
      JsonNode listed = member.equals("ColumnNames") ? filter.path(member) : filter.path(member)
          .path("ExcludedColumnNames");
      for (JsonNode column : listed) {
        if (!columns.contains(column.asText())) {
          throw ServeErrors.unknownFilterColumn(name, database + "." + tableName, column.asText(), columns);
        }
      }
    }
  }

  private Object create(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    ObjectNode filter = call.input().path("TableData").deepCopy();
    String database = lower(filter.path("DatabaseName").asText());
    String tableName = lower(filter.path("TableName").asText());
    String name = filter.path("Name").asText();
    LakeFormationModel model = state.read();
    state.requireAdmin(model, caller, "CreateDataCellsFilter");
    checkColumns(filter, database, tableName, name);
    if (model.filter(database, tableName, name).isPresent()) {
      throw ServeErrors.dataCellsFilterExists(name, database + "." + tableName);
    }
    state.add("CreateDataCellsFilter", Map.of("DataCellsFilters", List.of(filter)));
    state.audit(AuditEvent.allowed(caller, "CREATE_DATA_CELLS_FILTER", "table " + database + "." + tableName, name));
    return Operation.NO_OUTPUT;
  }

  private Object get(OperationCall call) {
    String database = lower(call.string("DatabaseName"));
    String table = lower(call.string("TableName"));
    String name = call.string("Name");
    DataCellsFilter filter = state.read().filter(database, table, name)
        .orElseThrow(() -> ServeErrors.dataCellsFilterNotFound(name, database + "." + table));
    return Map.of("DataCellsFilter", shape(filter));
  }

  private Object list(OperationCall call) {
    JsonNode table = call.input().path("Table");
    String database = table.has("DatabaseName") ? lower(table.path("DatabaseName").asText()) : null;
    String name = table.has("Name") ? lower(table.path("Name").asText()) : null;
    List<DataCellsFilter> filters = state.read().filters().stream()
        .filter(f -> database == null || f.databaseName().equals(database))
        .filter(f -> name == null || f.tableName().equals(name))
        .toList();
    Pages.Page<DataCellsFilter> page = Pages.of(filters,
        f -> f.databaseName() + "." + f.tableName() + "." + f.name(), call, DEFAULT_PAGE);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("DataCellsFilters", page.items().stream().map(DataCellsFilterOperations::shape).toList());
    output.put("NextToken", page.nextToken());
    return output;
  }

  private Object delete(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String database = lower(call.optionalString("DatabaseName").orElse(""));
    String table = lower(call.optionalString("TableName").orElse(""));
    String name = call.optionalString("Name").orElse("");
    state.update(model -> {
      state.requireAdmin(model, caller, "DeleteDataCellsFilter");
      DataCellsFilter filter = model.filter(database, table, name)
          .orElseThrow(() -> ServeErrors.dataCellsFilterNotFound(name, database + "." + table));
      state.audit(AuditEvent.allowed(caller, "DELETE_DATA_CELLS_FILTER", "table " + database + "." + table, name));
      return new LakeFormationModel(model.admins(), model.locations(), model.tagKeys(), model.resourceTags(),
          model.filters().stream().filter(f -> f != filter).toList(),
          model.grants().stream().filter(g -> !(g.resource() instanceof LfResource.DataCellsFilter f
              && f.databaseName().equals(database) && f.tableName().equals(table) && f.name().equals(name))).toList());
    });
    return Operation.NO_OUTPUT;
  }

  /** The API's {@code DataCellsFilter} shape: the definitions' JSON of the model's filter, with the catalog ID. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> shape(DataCellsFilter filter) {
    Map<String, Object> document = LfJson.model(new LakeFormationModel(List.of(), List.of(), Map.of(), Map.of(),
        List.of(filter), List.of()));
    Map<String, Object> shape = new LinkedHashMap<>(Map.of("TableCatalogId", CatalogIds.LOCAL));
    shape.putAll(((List<Map<String, Object>>) document.get("DataCellsFilters")).get(0));
    return JSON.convertValue(shape, Map.class);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
