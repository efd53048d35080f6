package org.gluesuite.crawler.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gluesuite.crawler.CrawlerErrors;

/**
 * Reads crawler definitions ({@code CreateCrawler}'s request shape) and custom classifiers
 * ({@code CreateClassifier}'s shape) from JSON, once, into typed records. Unknown keys, wrong types, bad
 * enum values and bad globs fail with the file and JSON path.
 */
public final class DefinitionReader {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String[] CRAWLER_KEYS = {"Name", "Role", "DatabaseName", "Description", "Targets",
      "Schedule", "Classifiers", "TablePrefix", "SchemaChangePolicy", "RecrawlPolicy", "Configuration", "Tags"};

  private DefinitionReader() {
  }

  /** Reads {@code file}; classifier names resolve to {@code <file's folder>/classifiers/NAME.json}. */
  public static CrawlerDefinition read(Path file) {
    Path classifierFolder = file.toAbsolutePath().getParent().resolve("classifiers");
    return parse(file.toString(), readTree(file), name -> {
      Path classifierFile = classifierFolder.resolve(name + ".json");
      return Files.isRegularFile(classifierFile) ? readClassifier(classifierFile) : null;
    }, classifierFolder);
  }

  /** Parses a definition held in a string (tests, the API); classifiers come from {@code classifiers}. */
  public static CrawlerDefinition parse(String source, String json, Function<String, ClassifierDefinition> classifiers) {
    return parse(source, readTree(source, json), classifiers, Path.of("classifiers"));
  }

  private static CrawlerDefinition parse(String file, JsonNode root,
      Function<String, ClassifierDefinition> classifierLookup, Path classifierFolder) {
    JsonFields crawler = new JsonFields(file, "$", root, CRAWLER_KEYS);
    String name = crawler.string("Name", true);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}")) {
      throw CrawlerErrors.badValue(file, "$.Name", name, "a crawler name is 1-255 letters, digits, '_', '.' or '-'");
    }
    String database = crawler.string("DatabaseName", true);
    JsonFields targets = crawler.object("Targets", "S3Targets");
    if (targets == null) {
      throw CrawlerErrors.missingKey(file, "$", "Targets");
    }
    List<S3Target> s3Targets = new ArrayList<>();
    for (JsonFields.Element element : targets.array("S3Targets")) {
      s3Targets.add(s3Target(element.object("Path", "Exclusions", "SampleSize", "ConnectionName")));
    }
    if (s3Targets.isEmpty()) {
      throw CrawlerErrors.missingKey(file, "$.Targets", "S3Targets (at least one)");
    }
    String prefix = crawler.string("TablePrefix", false);
    if (prefix != null && !prefix.matches("[A-Za-z0-9_]*")) {
      throw CrawlerErrors.badValue(file, "$.TablePrefix", prefix, "a table prefix is letters, digits and '_'");
    }
    JsonFields policy = crawler.object("SchemaChangePolicy", "UpdateBehavior", "DeleteBehavior");
    SchemaChangePolicy schemaChange = policy == null ? null : new SchemaChangePolicy(
        policy.enumValue("UpdateBehavior", UpdateBehavior.class), policy.enumValue("DeleteBehavior", DeleteBehavior.class));
    JsonFields recrawl = crawler.object("RecrawlPolicy", "RecrawlBehavior");
    RecrawlBehavior recrawlBehavior = recrawl == null ? null : recrawl.enumValue("RecrawlBehavior", RecrawlBehavior.class);
    if (recrawlBehavior == RecrawlBehavior.CRAWL_EVENT_MODE) {
      throw CrawlerErrors.badValue(file, "$.RecrawlPolicy.RecrawlBehavior", "CRAWL_EVENT_MODE",
          "event mode needs S3 event notifications, which a local lake has not; use CRAWL_NEW_FOLDERS_ONLY");
    }
    CrawlerConfiguration configuration = ConfigurationReader.read(file, crawler.raw("Configuration"));
    if (recrawlBehavior == RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY && schemaChange != null
        && (schemaChange.updateBehavior() != UpdateBehavior.LOG || schemaChange.deleteBehavior() != DeleteBehavior.LOG)) {
      throw CrawlerErrors.badValue(file, "$.SchemaChangePolicy", schemaChange.toString(),
          "with CRAWL_NEW_FOLDERS_ONLY Glue requires UpdateBehavior LOG and DeleteBehavior LOG; set both to LOG");
    }
    List<ClassifierDefinition> classifiers = new ArrayList<>();
    for (JsonFields.Element element : crawler.array("Classifiers")) {
      String classifierName = element.string();
      ClassifierDefinition definition = classifierLookup.apply(classifierName);
      if (definition == null) {
        throw CrawlerErrors.unknownClassifier(file, element.path(), classifierName, classifierFolder);
      }
      classifiers.add(definition);
    }
    return new CrawlerDefinition(name, database, crawler.string("Description", false), s3Targets, prefix,
        schemaChange, recrawlBehavior, configuration, classifiers, schedule(crawler), file);
  }

  private static String schedule(JsonFields crawler) {
    JsonNode schedule = crawler.raw("Schedule");
    if (schedule == null || schedule.isNull()) {
      return null;
    }
    if (schedule.isTextual()) {
      return schedule.asText();
    }
    return crawler.object("Schedule", "ScheduleExpression", "State").string("ScheduleExpression", false);
  }

  private static S3Target s3Target(JsonFields target) {
    String path = target.string("Path", true);
    List<ExclusionGlob> exclusions = new ArrayList<>();
    int i = 0;
    for (String glob : target.strings("Exclusions")) {
      try {
        exclusions.add(ExclusionGlob.compile(glob));
      } catch (IllegalArgumentException e) {
        throw CrawlerErrors.badGlob(target.file(), target.pathOf("Exclusions") + "[" + i + "]", glob, e.getMessage());
      }
      i++;
    }
    return new S3Target(path, exclusions, target.integer("SampleSize", 1, 249));
  }

  /** Reads a {@code CreateClassifier}-shaped file: one of CsvClassifier, GrokClassifier, JsonClassifier. */
  public static ClassifierDefinition readClassifier(Path file) {
    return ClassifierReader.read(file.toString(), readTree(file));
  }

  public static ClassifierDefinition parseClassifier(String source, String json) {
    return ClassifierReader.read(source, readTree(source, json));
  }

  private static JsonNode readTree(Path file) {
    try {
      return readTree(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw CrawlerErrors.unreadableDefinition(file.toString(), e.getMessage());
    }
  }

  private static JsonNode readTree(String source, String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
          + " at line " + (j.getLocation() == null ? "?" : j.getLocation().getLineNr()) : e.getMessage();
      throw CrawlerErrors.unreadableDefinition(source, why);
    }
  }
}
