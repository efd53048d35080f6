package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.dq.RulesetDefinition;
import org.gluesuite.dq.RulesetDefinitions;
import org.gluesuite.dq.TableColumns;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Glue's data quality ruleset operations ({@code Create/Get/Update/DeleteDataQualityRuleset},
 * {@code ListDataQualityRulesets}) over a rulesets folder as the data-quality module reads it: every {@code *.json}
 * under it (sub-folders included) is one ruleset in {@code CreateDataQualityRuleset}'s shape, read and checked by
 * {@link RulesetDefinitions}, so a ruleset created here is evaluated by the jobs and {@code dq run} reading that
 * folder. A created ruleset is the file {@code NAME.json}; an update rewrites the file that declares it. DQDL the
 * parser rejects is refused with {@code InvalidInputException} naming its line and column. Tags live in the catalog's
 * tag store, as every taggable resource's do ({@code arn:aws:glue:…:dataQualityRuleset/NAME}).
 */
public final class DataQualityRulesetOperations {
  /** The ARN resource kind of rulesets. */
  static final String KIND = "dataQualityRuleset";
  /** Glue's default and largest page. */
  private static final int PAGE_SIZE = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DefinitionFolder folder;
  private final EmbeddedCatalog catalog;

  private DataQualityRulesetOperations(Path folder, EmbeddedCatalog catalog) {
    this.folder = new DefinitionFolder(folder);
    this.catalog = catalog;
  }

  /** Registers the operations over {@code folder}, and rulesets as taggable resources. */
  public static void register(ServiceApi glue, TaggableResources taggables, EmbeddedCatalog catalog, Path folder) {
    DataQualityRulesetOperations operations = new DataQualityRulesetOperations(folder, catalog);
    operations.registerOn(glue);
    taggables.register(KIND, path -> operations.find(String.join("/", path)));
  }

  private void registerOn(ServiceApi glue) {
    glue.register("CreateDataQualityRuleset", call -> {
      String name = call.string("Name");
      if (!DefinitionFolder.isName(name)) {
        throw ServeErrors.notAName("data quality ruleset", name);
      }
      ObjectNode definition = ((ObjectNode) call.input()).deepCopy();
      definition.remove(List.of("Tags", "ClientToken"));
      synchronized (this) {
        RulesetDefinitions declared = declared();
        if (declared.named(name).isPresent()) {
          throw ServeErrors.rulesetExists(name);
        }
        Path file = folder.file(name);
        declared.all().stream().filter(r -> Path.of(r.file()).toAbsolutePath().normalize().equals(file)).findFirst()
            .ifPresent(other -> {
              throw ServeErrors.rulesetFileTaken(name, file, other.name());
            });
        check(definition, "CreateDataQualityRuleset");
        folder.write(name, definition);
      }
      GlueCatalogOperations.tagOnCreate(call, catalog, KIND + "/" + name);
      return output("Name", name);
    });
    glue.register("GetDataQualityRuleset", call -> ruleset(find(call.string("Name"))));
    glue.register("UpdateDataQualityRuleset", call -> {
      String name = call.string("Name");
      ObjectNode definition;
      synchronized (this) {
        RulesetDefinition stored = find(name);
        definition = source(stored);
        for (String member : List.of("Description", "Ruleset")) {
          if (call.input().has(member)) {
            definition.set(member, call.input().get(member));
          }
        }
        check(definition, "UpdateDataQualityRuleset");
        write(Path.of(stored.file()), definition);
      }
      Map<String, Object> out = output("Name", name);
      out.put("Description", text(definition, "Description"));
      out.put("Ruleset", text(definition, "Ruleset"));
      return out;
    });
    glue.register("DeleteDataQualityRuleset", call -> {
      String name = call.string("Name");
      synchronized (this) {
        delete(Path.of(find(name).file()));
      }
      Map<String, String> tags = catalog.getTags(KIND + "/" + name);
      if (!tags.isEmpty()) {
        catalog.untagResource(KIND + "/" + name, tags.keySet());
      }
      return Operation.NO_OUTPUT;
    });
    glue.register("ListDataQualityRulesets", call -> {
      List<RulesetDefinition> matching = declared().all().stream().filter(r -> matches(r, call)).toList();
      Pages.Page<RulesetDefinition> page = Pages.of(matching, RulesetDefinition::name, call, PAGE_SIZE);
      return page("Rulesets", page.items().stream().map(this::details).toList(), page.nextToken());
    });
  }

  /** Every ruleset of the folder, checked (a broken file fails every call with its file and JSON path). */
  private RulesetDefinitions declared() {
    return Files.isDirectory(folder.dir()) ? RulesetDefinitions.load(folder.dir(), TableColumns.UNCHECKED)
        : RulesetDefinitions.parse(List.of(), TableColumns.UNCHECKED);
  }

  private RulesetDefinition find(String name) {
    return declared().named(name).orElseThrow(() -> ServeErrors.rulesetNotFound(name, folder.dir()));
  }

  /** The request checked by the reader the folder is read with: DQDL problems name their line and column. */
  private static void check(ObjectNode definition, String operation) {
    RulesetDefinitions.parse(List.of(DefinitionNode.parse("the " + operation + " request", definition.toString())),
        TableColumns.UNCHECKED);
  }

  private boolean matches(RulesetDefinition ruleset, OperationCall call) {
    JsonNode filter = call.input().path("Filter");
    if (filter.has("Name") && !filter.get("Name").asText().equals(ruleset.name())) {
      return false;
    }
    if (filter.has("Description") && !filter.get("Description").asText().equals(ruleset.description())) {
      return false;
    }
    JsonNode target = filter.path("TargetTable");
    if (target.has("DatabaseName")
        && !ruleset.targets(target.get("DatabaseName").asText(), target.path("TableName").asText())) {
      return false;
    }
    JsonNode tags = call.input().path("Tags");
    if (tags.isObject() && !tags.isEmpty()) {
      Map<String, String> actual = catalog.getTags(KIND + "/" + ruleset.name());
      for (Map.Entry<String, JsonNode> tag : tags.properties()) {
        if (!tag.getValue().asText().equals(actual.get(tag.getKey()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code GetDataQualityRuleset}'s output: the stored members and the file's times. */
  private Map<String, Object> ruleset(RulesetDefinition ruleset) {
    ObjectNode source = source(ruleset);
    Map<String, Object> out = common(ruleset);
    out.put("Ruleset", text(source, "Ruleset"));
    out.put("DataQualitySecurityConfiguration", text(source, "DataQualitySecurityConfiguration"));
    return out;
  }

  /** {@code DataQualityRulesetListDetails}. */
  private Map<String, Object> details(RulesetDefinition ruleset) {
    Map<String, Object> out = common(ruleset);
    out.put("RuleCount", ruleset.ruleset().rules().size());
    return out;
  }

  private Map<String, Object> common(RulesetDefinition ruleset) {
    Map<String, Object> out = output("Name", ruleset.name());
    out.put("Description", ruleset.description());
    if (ruleset.tableName() != null) {
      Map<String, Object> target = output("TableName", ruleset.tableName());
      target.put("DatabaseName", ruleset.databaseName());
      out.put("TargetTable", target);
    }
    Instant[] times = times(Path.of(ruleset.file()));
    out.put("CreatedOn", times[0]);
    out.put("LastModifiedOn", times[1]);
    return out;
  }

  private static String text(JsonNode node, String member) {
    return node.hasNonNull(member) ? node.get(member).asText() : null;
  }

  private static ObjectNode source(RulesetDefinition ruleset) {
    try {
      return (ObjectNode) JSON.readTree(Path.of(ruleset.file()).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ruleset " + ruleset.file() + " again: " + e.getMessage(), e);
    }
  }

  /** Rewrites a declaring file in place, whatever its name (the repository's are named after their tables). */
  private static void write(Path file, ObjectNode definition) {
    try {
      Path temp = Files.createTempFile(file.getParent(), "ruleset", ".tmp");
      Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition) + "\n");
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ruleset " + file + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the ruleset " + file + ": " + e.getMessage(), e);
    }
  }

  private static Instant[] times(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Instant[] {attributes.creationTime().toInstant(), attributes.lastModifiedTime().toInstant()};
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the times of " + file + ": " + e.getMessage(), e);
    }
  }
}
