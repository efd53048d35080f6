package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.deploy.ResourceKind;
import org.gluesuite.lakeformation.LfDefinitions;

/**
 * {@code lakeformation/definitions/*.json} as deployable items: each file is first checked whole by the Lake
 * Formation module's own reader, then every registration, LF-Tag, tag assignment, data cells filter and grant becomes
 * one {@link LfItem} in its API request shape, with {@code ${lake}/b/k} as {@code arn:aws:s3:::b/k} and the local
 * catalog IDs left out (the target account's apply). A resource in a database the catalog schemas do not declare is
 * a problem of its file and JSON path.
 *
 * <p>Lake Formation has no tags, so ownership is recorded through databases: an item naming a database (a grant on a
 * table, a filter, a tag assignment) belongs to that database; one naming none (a registration, an LF-Tag, a grant on a
 * location or a tag policy) belongs to the databases its file names. The deployer changes an item only when it owns
 * those databases.
 */
final class LakeFormationDefinitions {
  static final String FOLDER = "lakeformation/definitions";
  private static final String S3_ARN = "arn:aws:s3:::";
  private static final ObjectMapper JSON = new ObjectMapper();

  private LakeFormationDefinitions() {
  }

  /** The items of every definitions file under {@code repository}; problems go to {@code problems}. */
  static List<LfItem> read(Path repository, Set<String> declaredDatabases, DefinitionProblems problems) {
    Path folder = repository.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    List<DefinitionNode> documents = files.stream().map(f -> DefinitionNode.read(f, f.toString(), problems)).toList();
    try {
      // Checked together, as the module reads them: a grant may name a filter or tag of another file.
      LfDefinitions.parse(documents, repository.resolve("lake"));
    } catch (InvalidDefinitionException e) {
      e.problems().forEach(p -> problems.add(p.file(), p.jsonPath(), p.message()));
      return List.of();
    }
    List<LfItem> items = new ArrayList<>();
    for (Path file : files) {
      items.addAll(new FileItems(file, declaredDatabases, problems).read());
    }
    return items;
  }

  /** The items of one file. */
  private static final class FileItems {
    private final Path file;
    private final Set<String> declaredDatabases;
    private final DefinitionProblems problems;
    private final List<LfItem> anchored = new ArrayList<>();
    private final List<LfItem> unanchored = new ArrayList<>();

    FileItems(Path file, Set<String> declaredDatabases, DefinitionProblems problems) {
      this.file = file;
      this.declaredDatabases = declaredDatabases;
      this.problems = problems;
    }

    List<LfItem> read() {
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file + " again after it was validated: " + e.getMessage(), e);
      }
      int i = 0;
      for (JsonNode location : root.path("RegisteredResources")) {
        ObjectNode request = deployed(location);
        add(ResourceKind.LOCATION, request.path("ResourceArn").asText(), request, null, "$.RegisteredResources[" + i++
            + "]");
      }
      i = 0;
      for (JsonNode tag : root.path("LFTags")) {
        ObjectNode request = deployed(tag);
        add(ResourceKind.LF_TAG, request.path("TagKey").asText(), request, null, "$.LFTags[" + i++ + "]");
      }
      i = 0;
      for (JsonNode assignment : root.path("ResourceLFTags")) {
        ObjectNode request = deployed(assignment);
        add(ResourceKind.LF_TAG_ASSIGNMENT, describe(request.path("Resource")), request, request.path("Resource"),
            "$.ResourceLFTags[" + i++ + "].Resource");
      }
      i = 0;
      for (JsonNode filter : root.path("DataCellsFilters")) {
        ObjectNode request = deployed(filter);
        ObjectNode resource = JSON.createObjectNode();
        resource.set("DataCellsFilter", request);
        add(ResourceKind.DATA_CELLS_FILTER, request.path("DatabaseName").asText() + "."
            + request.path("TableName").asText() + "/" + request.path("Name").asText(), request, resource,
            "$.DataCellsFilters[" + i++ + "]");
      }
      i = 0;
      for (JsonNode grant : root.path("Grants")) {
        ObjectNode request = deployed(grant);
        add(ResourceKind.GRANT, grantName(request), request, request.path("Resource"), "$.Grants[" + i++
            + "].Resource");
      }
      // An item naming no database belongs to the databases the rest of its file names.
      Set<String> fileDatabases = new LinkedHashSet<>();
      anchored.forEach(item -> fileDatabases.addAll(item.databases()));
      List<LfItem> items = new ArrayList<>(anchored);
      unanchored.forEach(item -> items.add(item.withDatabases(fileDatabases)));
      return items;
    }

    private void add(ResourceKind kind, String name, ObjectNode request, JsonNode resource, String jsonPath) {
      String database = resource == null ? null : database(resource);
      if (database == null) {
        unanchored.add(new LfItem(kind, name, file.toString(), request, Set.of(), null));
        return;
      }
      if (!declaredDatabases.contains(database)) {
        problems.add(file.toString(), jsonPath, "database '" + database + "' is not declared in "
            + RepositoryDefinitions.SCHEMAS + ", so this Lake Formation " + kind.label() + " would name nothing"
            + " deployed; declare the database or fix the name");
        return;
      }
      anchored.add(new LfItem(kind, name, file.toString(), request, Set.of(database), table(resource)));
    }
  }

  /** The item as sent: {@code ${lake}} locations as S3 ARNs, no catalog IDs (the target account's apply). */
  private static ObjectNode deployed(JsonNode definition) {
    ObjectNode copy = definition.deepCopy();
    rewrite(copy);
    return copy;
  }

  private static void rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("CatalogId", "TableCatalogId"));
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals("ResourceArn") && field.getValue().asText().startsWith(LfDefinitions.LAKE_PLACEHOLDER)) {
          String path = field.getValue().asText().substring(LfDefinitions.LAKE_PLACEHOLDER.length());
          field.setValue(object.textNode(S3_ARN + path.replaceFirst("^/+", "")));
        } else {
          rewrite(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(LakeFormationDefinitions::rewrite);
    }
  }

  /** The database a resource is in, or null for one outside any (a location, an LF-Tag, a tag policy). */
  static String database(JsonNode resource) {
    JsonNode body = body(resource);
    String name = switch (kind(resource)) {
      case "Database" -> body.path("Name").asText(null);
      case "Table", "TableWithColumns", "DataCellsFilter" -> body.path("DatabaseName").asText(null);
      default -> null;
    };
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }

  /** {@code db.table} for a resource that needs its table to exist, else null. */
  static String table(JsonNode resource) {
    JsonNode body = body(resource);
    String table = switch (kind(resource)) {
      case "Table" -> body.path("Name").asText(null);
      case "TableWithColumns" -> body.path("Name").asText(null);
      case "DataCellsFilter" -> body.path("TableName").asText(null);
      default -> null;
    };
    return table == null ? null : database(resource) + "." + table.toLowerCase(Locale.ROOT);
  }

  /** How a plan names a resource: {@code table airquality.no2_weather_daily}, {@code LF-Tag policy TABLE layer=raw}. */
  static String describe(JsonNode resource) {
    JsonNode body = body(resource);
    return switch (kind(resource)) {
      case "Catalog" -> "catalog";
      case "Database" -> "database " + body.path("Name").asText();
      case "Table" -> body.has("TableWildcard") ? "tables " + body.path("DatabaseName").asText() + ".*"
          : "table " + body.path("DatabaseName").asText() + "." + body.path("Name").asText();
      case "TableWithColumns" -> "columns " + body.path("DatabaseName").asText() + "." + body.path("Name").asText()
          + (body.has("ColumnNames") ? " " + strings(body.path("ColumnNames"))
          : " all but " + strings(body.path("ColumnWildcard").path("ExcludedColumnNames")));
      case "DataLocation" -> "location " + body.path("ResourceArn").asText();
      case "DataCellsFilter" -> "filter " + body.path("DatabaseName").asText() + "." + body.path("TableName").asText()
          + "/" + body.path("Name").asText();
      case "LFTag" -> "LF-Tag " + body.path("TagKey").asText() + "=" + strings(body.path("TagValues"));
      case "LFTagPolicy" -> "LF-Tag policy " + body.path("ResourceType").asText() + " " + expression(body);
      default -> kind(resource) + " " + body;
    };
  }

  private static String grantName(JsonNode grant) {
    return grantName(grant.path("Principal").path("DataLakePrincipalIdentifier").asText(), grant.path("Resource"));
  }

  /** {@code role/AirQualityCleanRole on table airquality.no2_weather_daily}. */
  static String grantName(String principal, JsonNode resource) {
    int start = principal.indexOf(":role/") >= 0 ? principal.indexOf(":role/") + 1 : principal.indexOf(":user/") + 1;
    return (start > 0 ? principal.substring(start) : principal) + " on " + describe(resource);
  }

  private static String expression(JsonNode policy) {
    List<String> terms = new ArrayList<>();
    policy.path("Expression").forEach(t -> terms.add(t.path("TagKey").asText() + "=" + String.join("|",
        strings(t.path("TagValues")))));
    return String.join(" AND ", terms);
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String kind(JsonNode resource) {
    Iterator<String> names = resource.fieldNames();
    return names.hasNext() ? names.next() : "";
  }

  private static JsonNode body(JsonNode resource) {
    return resource.path(kind(resource));
  }
}
