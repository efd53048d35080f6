package org.gluesuite.dq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.dq.internal.RulesetChecks;

/**
 * Rulesets as code: one {@code CreateDataQualityRuleset}-shaped JSON file each, under {@code catalog-schemas/rulesets/}
 * (shipped in the jar too), read strictly with the definitions reader and checked before anything runs: every
 * problem of every file at once, each with its file and JSON path, and for the DQDL its line and column
 * ({@code no2.json: $.Ruleset: DQDL line 2, column 3: …}).
 */
public final class RulesetDefinitions {
  /** Where the rulesets are in the repository, and in the jar. */
  public static final String FOLDER = "catalog-schemas/rulesets";
  static final String RESOURCE_FOLDER = "glue-catalog-schemas/rulesets";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
  private static final Pattern CATALOG_NAME = Pattern.compile("[a-z0-9_]{1,255}");

  private final List<RulesetDefinition> rulesets;

  private RulesetDefinitions(List<RulesetDefinition> rulesets) {
    this.rulesets = List.copyOf(rulesets);
  }

  /** Every {@code *.json} under {@code folder}, sorted by path. */
  public static RulesetDefinitions load(Path folder, TableColumns tables) {
    DefinitionProblems problems = new DefinitionProblems();
    try (Stream<Path> files = Files.walk(folder)) {
      return parse(files.filter(p -> p.toString().endsWith(".json")).sorted()
          .map(file -> DefinitionNode.read(file, file.toString(), problems)).toList(), tables);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the rulesets under " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The rulesets shipped in the jar (a copy of catalog-schemas/rulesets). */
  public static RulesetDefinitions bundled(TableColumns tables) {
    DefinitionProblems problems = new DefinitionProblems();
    List<DefinitionNode> documents = new ArrayList<>();
    for (Map.Entry<String, String> resource : bundledFiles().entrySet()) {
      documents.add(DefinitionNode.parse(resource.getKey(), resource.getValue(), problems));
    }
    return parse(documents, tables);
  }

  /**
   * The rulesets {@code documents} declare, checked together.
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem of every document
   */
  public static RulesetDefinitions parse(List<DefinitionNode> documents, TableColumns tables) {
    List<RulesetDefinition> rulesets = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (DefinitionNode document : documents) {
      document.allowOnly("Name", "Description", "Ruleset", "TargetTable", "Tags", "ClientToken",
          "DataQualitySecurityConfiguration");
      if (!document.isPresent()) {
        continue;
      }
      String name = document.string("Name");
      if (name != null && !NAME.matcher(name).matches()) {
        document.problemAt("Name", "'" + name + "' is not a valid ruleset name; use 1-255 letters, digits, '_', "
            + "'-' or '.'");
        name = null;
      } else if (name != null && !names.add(name)) {
        document.problemAt("Name", "ruleset " + name + " is declared twice; give each ruleset its own name");
        name = null;
      }
      String database = null;
      String table = null;
      Optional<DefinitionNode> target = document.optionalObject("TargetTable");
      if (target.isPresent()) {
        DefinitionNode t = target.get();
        t.allowOnly("TableName", "DatabaseName", "CatalogId");
        database = catalogName(t, "DatabaseName");
        table = catalogName(t, "TableName");
      }
      DqdlRuleset ruleset = ruleset(document, database, table, tables);
      if (name != null && ruleset != null && (target.isEmpty() || database != null && table != null)) {
        rulesets.add(new RulesetDefinition(name, document.optionalString("Description").orElse(null), ruleset,
            database, table, document.stringMap("Tags"), document.file()));
      }
    }
    DefinitionProblems.throwIfAny("The declared data quality rulesets", documents);
    return new RulesetDefinitions(rulesets);
  }

  private static DqdlRuleset ruleset(DefinitionNode document, String database, String table, TableColumns tables) {
    String text = document.string("Ruleset");
    if (text == null) {
      return null;
    }
    DqdlRuleset ruleset;
    try {
      ruleset = DqdlRuleset.parse(text);
    } catch (InvalidRulesetException e) {
      e.problems().forEach(p -> document.problemAt("Ruleset", "DQDL " + p));
      return null;
    }
    if (database != null && table != null && tables.checks()) {
      Optional<List<String>> columns = tables.columns(database, table);
      if (columns.isEmpty()) {
        document.problemAt("TargetTable", "table " + database + "." + table + " is not declared; declare it in "
            + "catalog-schemas/definitions or attach the ruleset to a declared table");
        return null;
      }
      List<RulesetProblem> problems = RulesetChecks.check(ruleset.rules(), columns.get(), null);
      problems.forEach(p -> document.problemAt("Ruleset", "DQDL " + p));
      if (!problems.isEmpty()) {
        return null;
      }
    }
    return ruleset;
  }

  private static String catalogName(DefinitionNode node, String key) {
    String value = node.string(key);
    if (value != null && !CATALOG_NAME.matcher(value).matches()) {
      node.problemAt(key, "'" + value + "' is not a catalog name; use lower-case letters, digits and '_'");
      return null;
    }
    return value;
  }

  public List<RulesetDefinition> all() {
    return rulesets;
  }

  /** The rulesets attached to {@code database.table}, in file order. */
  public List<RulesetDefinition> forTable(String database, String table) {
    return rulesets.stream().filter(r -> r.targets(database, table)).toList();
  }

  public Optional<RulesetDefinition> named(String name) {
    return rulesets.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The bundled ruleset files, by resource name, read from the jar (or the build's resource folder). */
  private static Map<String, String> bundledFiles() {
    URL url = RulesetDefinitions.class.getClassLoader().getResource(RESOURCE_FOLDER);
    if (url == null) {
      return Map.of();
    }
    Map<String, String> files = new java.util.TreeMap<>();
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          collect(jar.getPath("/" + RESOURCE_FOLDER), files);
        }
      } else {
        collect(Path.of(uri), files);
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot read the bundled rulesets at " + url + "; rebuild the project", e);
    }
    return files;
  }

  private static void collect(Path folder, Map<String, String> into) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".json")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          into.put(RESOURCE_FOLDER + "/" + folder.relativize(file), new String(in.readAllBytes(),
              StandardCharsets.UTF_8));
        }
      }
    }
  }
}
