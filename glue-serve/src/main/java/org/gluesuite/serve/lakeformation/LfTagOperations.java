package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.lakeformation.AuditEvent;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LfResource;
import org.gluesuite.lakeformation.LfTagAssignment;
import org.gluesuite.runtime.access.TableRead;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * LF-Tags: {@code CreateLFTag}, {@code GetLFTag}, {@code ListLFTags}, {@code UpdateLFTag}, {@code DeleteLFTag} (with
 * its assignments and the grants naming it), {@code AddLFTagsToResource} (a database, a table or listed columns; one
 * value per key), {@code RemoveLFTagsFromResource} and {@code GetResourceLFTags} (inherited tags shown unless
 * {@code ShowAssignedLFTags}). Tag policies granted on these tags are decided by the jobs from the same state.
 */
final class LfTagOperations {
  private static final int DEFAULT_PAGE = 100;

  private final LakeFormationState state;
  private final DataCatalog catalog;

  private LfTagOperations(LakeFormationState state, DataCatalog catalog) {
    this.state = state;
    this.catalog = catalog;
  }

  static void register(ServiceApi lakeFormation, LakeFormationState state, DataCatalog catalog) {
    LfTagOperations operations = new LfTagOperations(state, catalog);
    lakeFormation.register("CreateLFTag", operations::create);
    lakeFormation.register("GetLFTag", operations::get);
    lakeFormation.register("ListLFTags", operations::list);
    lakeFormation.register("AddLFTagsToResource", operations::addToResource);
    lakeFormation.register("GetResourceLFTags", operations::resourceTags);
    lakeFormation.register("UpdateLFTag", operations::update);
    lakeFormation.register("DeleteLFTag", operations::delete);
    lakeFormation.register("RemoveLFTagsFromResource", operations::removeFromResource);
  }

  /** Adds and removes values of a key; a value still assigned to a resource cannot go (the state would not load). */
  private Object update(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String key = call.string("TagKey");
    List<String> add = strings(call.input().path("TagValuesToAdd"));
    List<String> remove = strings(call.input().path("TagValuesToDelete"));
    state.update(model -> {
      state.requireAdmin(model, caller, "UpdateLFTag");
      List<String> values = new ArrayList<>(existing(model, key));
      values.removeAll(remove);
      add.stream().filter(v -> !values.contains(v)).forEach(values::add);
      Map<String, List<String>> keys = new LinkedHashMap<>(model.tagKeys());
      keys.put(key, values);
      state.audit(AuditEvent.allowed(caller, "UPDATE_LF_TAG", "LF-Tag " + key, "+" + add + " -" + remove));
      return new LakeFormationModel(model.admins(), model.locations(), keys, model.resourceTags(), model.filters(),
          model.grants());
    });
    return Map.of();
  }

  /** As Lake Formation: the key goes with its assignments and the grants on it or on policies naming it. */
  private Object delete(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String key = call.string("TagKey");
    state.update(model -> {
      state.requireAdmin(model, caller, "DeleteLFTag");
      existing(model, key);
      Map<String, List<String>> keys = new LinkedHashMap<>(model.tagKeys());
      keys.remove(key);
      Map<LfTagAssignment, Map<String, String>> assigned = new LinkedHashMap<>();
      model.resourceTags().forEach((resource, tags) -> {
        Map<String, String> kept = new LinkedHashMap<>(tags);
        kept.remove(key);
        if (!kept.isEmpty()) {
          assigned.put(resource, kept);
        }
      });
      state.audit(AuditEvent.allowed(caller, "DELETE_LF_TAG", "LF-Tag " + key, ""));
      return new LakeFormationModel(model.admins(), model.locations(), keys, assigned, model.filters(),
          model.grants().stream().filter(g -> !namesKey(g.resource(), key)).toList());
    });
    return Map.of();
  }

  private Object removeFromResource(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    JsonNode resource = call.input().path("Resource");
    Table table = requireCatalogResource(resource);
    List<LfTagAssignment> targets = new ArrayList<>();
    if (table == null) {
      targets.add(LfTagAssignment.database(lower(resource.path("Database").path("Name").asText())));
    } else if (resource.has("TableWithColumns")) {
      strings(resource.path("TableWithColumns").path("ColumnNames")).forEach(c -> targets.add(
          LfTagAssignment.column(table.databaseName(), table.name(), c)));
    } else {
      targets.add(LfTagAssignment.table(table.databaseName(), table.name()));
    }
    List<String> keys = new ArrayList<>();
    call.input().path("LFTags").forEach(t -> keys.add(t.path("TagKey").asText()));
    state.update(model -> {
      state.requireAdmin(model, caller, "RemoveLFTagsFromResource");
      Map<LfTagAssignment, Map<String, String>> assigned = new LinkedHashMap<>(model.resourceTags());
      for (LfTagAssignment target : targets) {
        Map<String, String> kept = new LinkedHashMap<>(assigned.getOrDefault(target, Map.of()));
        keys.forEach(kept::remove);
        if (kept.isEmpty()) {
          assigned.remove(target);
        } else {
          assigned.put(target, kept);
        }
      }
      state.audit(AuditEvent.allowed(caller, "REMOVE_LF_TAGS", resource.toString(), keys.toString()));
      return new LakeFormationModel(model.admins(), model.locations(), model.tagKeys(), assigned, model.filters(),
          model.grants());
    });
    return Map.of("Failures", List.of());
  }

  private static List<String> existing(LakeFormationModel model, String key) {
    List<String> values = model.tagKeys().get(key);
    if (values == null) {
      throw ServeErrors.lfTagNotFound(key);
    }
    return values;
  }

  private static boolean namesKey(LfResource resource, String key) {
    return resource instanceof LfResource.LfTagKey tag && tag.tagKey().equals(key)
        || resource instanceof LfResource.LfTagPolicy policy && policy.expression().stream()
            .anyMatch(t -> t.tagKey().equals(key));
  }

  private Object create(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String key = call.string("TagKey");
    LakeFormationModel model = state.read();
    state.requireAdmin(model, caller, "CreateLFTag");
    if (model.tagKeys().containsKey(key)) {
      throw ServeErrors.lfTagExists(key, model.tagKeys().get(key));
    }
    state.add("CreateLFTag", Map.of("LFTags", List.of(Map.of("TagKey", key, "TagValues",
        strings(call.input().path("TagValues"))))));
    state.audit(AuditEvent.allowed(caller, "CREATE_LF_TAG", "LF-Tag " + key, ""));
    return Map.of();
  }

  private Object get(OperationCall call) {
    String key = call.string("TagKey");
    List<String> values = state.read().tagKeys().get(key);
    if (values == null) {
      throw ServeErrors.lfTagNotFound(key);
    }
    return Map.of("CatalogId", CatalogIds.LOCAL, "TagKey", key, "TagValues", values);
  }

  private Object list(OperationCall call) {
    List<Map.Entry<String, List<String>>> tags = new ArrayList<>(state.read().tagKeys().entrySet());
    Pages.Page<Map.Entry<String, List<String>>> page = Pages.of(tags, Map.Entry::getKey, call, DEFAULT_PAGE);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("LFTags", page.items().stream().map(e -> pair(e.getKey(), e.getValue())).toList());
    output.put("NextToken", page.nextToken());
    return output;
  }

  /** Valid tags are assigned together; each tag the state does not allow is a failure of its own. */
  private Object addToResource(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    LakeFormationModel model = state.read();
    state.requireAdmin(model, caller, "AddLFTagsToResource");
    JsonNode resource = call.input().path("Resource");
    requireCatalogResource(resource);
    List<Object> valid = new ArrayList<>();
    List<Object> failures = new ArrayList<>();
    for (JsonNode tag : call.input().path("LFTags")) {
      String key = tag.path("TagKey").asText();
      List<String> values = strings(tag.path("TagValues"));
      List<String> allowed = model.tagKeys().get(key);
      String problem = allowed == null ? "LF-Tag key " + key + " does not exist; create it with CreateLFTag first"
          : values.size() != 1 ? "a resource carries exactly one value of an LF-Tag key, not " + values.size()
          : !allowed.contains(values.get(0)) ? "'" + values.get(0) + "' is not a value of LF-Tag " + key
              + " (its values: " + allowed + ")" : null;
      if (problem == null) {
        valid.add(Map.of("TagKey", key, "TagValues", values));
      } else {
        failures.add(Map.of("LFTag", pair(key, values), "Error", Map.of("ErrorCode", allowed == null
            ? "EntityNotFoundException" : "InvalidInputException", "ErrorMessage", problem)));
      }
    }
    if (!valid.isEmpty()) {
      state.add("AddLFTagsToResource", Map.of("ResourceLFTags", List.of(Map.of("Resource", resource, "LFTags",
          valid))));
      state.audit(AuditEvent.allowed(caller, "ADD_LF_TAGS", resource.toString(), valid.toString()));
    }
    return Map.of("Failures", failures);
  }

  private Object resourceTags(OperationCall call) {
    LakeFormationModel model = state.read();
    JsonNode resource = call.input().path("Resource");
    boolean assignedOnly = call.flag("ShowAssignedLFTags");
    Table table = requireCatalogResource(resource);
    Map<String, Object> output = new LinkedHashMap<>();
    if (table == null) {
      String database = lower(resource.path("Database").path("Name").asText());
      output.put("LFTagOnDatabase", pairs(model.tagsOf(LfTagAssignment.database(database))));
      return output;
    }
    String database = table.databaseName();
    output.put("LFTagOnDatabase", pairs(model.tagsOf(LfTagAssignment.database(database))));
    output.put("LFTagsOnTable", pairs(assignedOnly ? model.tagsOf(LfTagAssignment.table(database, table.name()))
        : model.effectiveTags(database, table.name(), null)));
    List<String> wanted = resource.has("TableWithColumns")
        ? strings(resource.path("TableWithColumns").path("ColumnNames")) : TableRead.allColumns(table);
    List<Object> columns = new ArrayList<>();
    for (String column : wanted) {
      Map<String, String> tags = assignedOnly ? model.tagsOf(LfTagAssignment.column(database, table.name(), column))
          : model.effectiveTags(database, table.name(), column);
      columns.add(Map.of("Name", column, "LFTags", pairs(tags)));
    }
    output.put("LFTagsOnColumns", columns);
    return output;
  }

  /** The table a Table or TableWithColumns resource names (it must exist), or null for a Database resource. */
  private Table requireCatalogResource(JsonNode resource) {
    if (resource.has("Database")) {
      catalog.getDatabase(lower(resource.path("Database").path("Name").asText()));
      return null;
    }
    JsonNode table = resource.has("Table") ? resource.path("Table") : resource.path("TableWithColumns");
    if (table.isMissingNode() || !table.has("Name")) {
      throw ServeErrors.notATaggableResource(resource.fieldNames().hasNext() ? resource.fieldNames().next() : "none");
    }
    return catalog.getTable(lower(table.path("DatabaseName").asText()), lower(table.path("Name").asText()));
  }

  private static List<Object> pairs(Map<String, String> tags) {
    return new TreeMap<>(tags).entrySet().stream().map(e -> (Object) pair(e.getKey(), List.of(e.getValue()))).toList();
  }

  private static Map<String, Object> pair(String key, List<String> values) {
    return Map.of("CatalogId", CatalogIds.LOCAL, "TagKey", key, "TagValues", values);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
