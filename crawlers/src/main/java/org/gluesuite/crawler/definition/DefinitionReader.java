package org.gluesuite.crawler.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;

/**
 * Reads crawler definitions ({@code CreateCrawler}'s request shape) and custom classifiers
 * ({@code CreateClassifier}'s shape) from JSON, once, into typed records. Unknown keys, wrong types, bad
 * enum values and bad globs are reported all at once, each with its file and JSON path, by one
 * {@link org.gluesuite.common.json.InvalidDefinitionException}.
 */
public final class DefinitionReader {
  private static final String[] CRAWLER_KEYS = {"Name", "Role", "DatabaseName", "Description", "Targets",
      "Schedule", "Classifiers", "TablePrefix", "SchemaChangePolicy", "RecrawlPolicy", "Configuration", "Tags"};

  private DefinitionReader() {
  }

  /** Reads {@code file}; classifier names resolve to {@code <file's folder>/classifiers/NAME.json}. */
  public static CrawlerDefinition read(Path file) {
    Path classifierFolder = file.toAbsolutePath().getParent().resolve("classifiers");
    DefinitionProblems problems = new DefinitionProblems();
    DefinitionNode root = DefinitionNode.read(file, file.toString(), problems);
    CrawlerDefinition definition = parse(root, name -> {
      Path classifierFile = classifierFolder.resolve(name + ".json");
      return Files.isRegularFile(classifierFile)
          ? ClassifierReader.read(DefinitionNode.read(classifierFile, classifierFile.toString(), problems)) : null;
    }, classifierFolder);
    problems.throwIfAny("The crawler definition " + file);
    return definition;
  }

  /** Parses a definition held in a string (tests, the API); classifiers come from {@code classifiers}. */
  public static CrawlerDefinition parse(String source, String json, Function<String, ClassifierDefinition> classifiers) {
    DefinitionNode root = DefinitionNode.parse(source, json);
    CrawlerDefinition definition = parse(root, classifiers, Path.of("classifiers"));
    root.problems().throwIfAny("The crawler definition " + source);
    return definition;
  }

  private static CrawlerDefinition parse(DefinitionNode crawler,
      Function<String, ClassifierDefinition> classifierLookup, Path classifierFolder) {
    crawler.allowOnly(CRAWLER_KEYS);
    String name = crawler.string("Name");
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}")) {
      crawler.problemAt("Name", "'" + name + "' is not a crawler name: it is 1-255 letters, digits, '_', '.' or '-'");
    }
    String database = crawler.string("DatabaseName");
    DefinitionNode targets = crawler.object("Targets").allowOnly("S3Targets");
    List<S3Target> s3Targets = new ArrayList<>();
    for (DefinitionNode target : targets.objects("S3Targets")) {
      s3Targets.add(s3Target(target.allowOnly("Path", "Exclusions", "SampleSize", "ConnectionName")));
    }
    if (targets.noElements("S3Targets")) {
      targets.problemAt("S3Targets", "needs at least one target ({\"Path\": \"s3://bucket/prefix\"})");
    }
    String prefix = crawler.optionalString("TablePrefix").orElse(null);
    if (prefix != null && !prefix.matches("[A-Za-z0-9_]*")) {
      crawler.problemAt("TablePrefix", "'" + prefix + "' is not a table prefix: use letters, digits and '_'");
    }
    SchemaChangePolicy schemaChange = crawler.optionalObject("SchemaChangePolicy")
        .map(policy -> policy.allowOnly("UpdateBehavior", "DeleteBehavior"))
        .map(policy -> new SchemaChangePolicy(policy.enumValue("UpdateBehavior", UpdateBehavior.class, false),
            policy.enumValue("DeleteBehavior", DeleteBehavior.class, false)))
        .orElse(null);
    Optional<DefinitionNode> recrawl = crawler.optionalObject("RecrawlPolicy");
    RecrawlBehavior recrawlBehavior = recrawl.map(r -> r.allowOnly("RecrawlBehavior")
        .enumValue("RecrawlBehavior", RecrawlBehavior.class, false)).orElse(null);
    if (recrawlBehavior == RecrawlBehavior.CRAWL_EVENT_MODE) {
      recrawl.get().problemAt("RecrawlBehavior", "event mode needs S3 event notifications, which a local lake has "
          + "not; use CRAWL_NEW_FOLDERS_ONLY");
    }
    CrawlerConfiguration configuration = ConfigurationReader.read(crawler.field("Configuration"));
    if (recrawlBehavior == RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY && schemaChange != null
        && (schemaChange.updateBehavior() != UpdateBehavior.LOG || schemaChange.deleteBehavior() != DeleteBehavior.LOG)) {
      crawler.problemAt("SchemaChangePolicy", "is " + schemaChange + ", but with CRAWL_NEW_FOLDERS_ONLY Glue requires "
          + "UpdateBehavior LOG and DeleteBehavior LOG; set both to LOG");
    }
    List<ClassifierDefinition> classifiers = new ArrayList<>();
    for (DefinitionNode element : crawler.elements("Classifiers")) {
      String classifierName = element.text();
      ClassifierDefinition definition = classifierName == null ? null : classifierLookup.apply(classifierName);
      if (classifierName != null && definition == null) {
        element.problem("classifier '" + classifierName + "' is not defined: no " + classifierFolder + "/"
            + classifierName + ".json holds it. Add a classifier definition in CreateClassifier's shape there, or "
            + "remove the name");
      } else if (definition != null) {
        classifiers.add(definition);
      }
    }
    return new CrawlerDefinition(name, database, crawler.optionalString("Description").orElse(null), s3Targets,
        prefix, schemaChange, recrawlBehavior, configuration, classifiers, schedule(crawler), crawler.file());
  }

  /** Glue's {@code Schedule}: a cron string, or {@code {"ScheduleExpression": …, "State": …}} (GetCrawler's). */
  private static String schedule(DefinitionNode crawler) {
    DefinitionNode schedule = crawler.field("Schedule");
    if (!schedule.isPresent() || schedule.isString()) {
      return schedule.text();
    }
    return crawler.object("Schedule").allowOnly("ScheduleExpression", "State").optionalString("ScheduleExpression")
        .orElse(null);
  }

  private static S3Target s3Target(DefinitionNode target) {
    String path = target.string("Path");
    List<ExclusionGlob> exclusions = new ArrayList<>();
    for (DefinitionNode element : target.elements("Exclusions")) {
      String glob = element.text();
      if (glob == null) {
        continue;
      }
      try {
        exclusions.add(ExclusionGlob.compile(glob));
      } catch (IllegalArgumentException e) {
        element.problem("exclusion pattern '" + glob + "' is not a valid glob: " + e.getMessage() + ". Globs use * "
            + "(within a folder), ** (across folders), ?, [a-z] and {a,b}; escape a literal with \\");
      }
    }
    return new S3Target(path, exclusions, target.integer("SampleSize", 1, 249));
  }

  /** Reads a {@code CreateClassifier}-shaped file: one of CsvClassifier, GrokClassifier, JsonClassifier. */
  public static ClassifierDefinition readClassifier(Path file) {
    DefinitionNode root = DefinitionNode.read(file);
    ClassifierDefinition classifier = ClassifierReader.read(root);
    root.problems().throwIfAny("The classifier definition " + file);
    return classifier;
  }

  public static ClassifierDefinition parseClassifier(String source, String json) {
    DefinitionNode root = DefinitionNode.parse(source, json);
    ClassifierDefinition classifier = ClassifierReader.read(root);
    root.problems().throwIfAny("The classifier definition " + source);
    return classifier;
  }
}
