package org.gluesuite.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.crawler.definition.ClassifierDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;

/**
 * The custom classifiers of a crawler definitions folder ({@code classifiers/NAME.json}, each in
 * {@code CreateClassifier}'s request shape) as Glue's classifier operations see them. What the API writes is checked
 * by the reader crawlers use, so a classifier created through the API is one a crawler's {@code Classifiers} can name.
 */
public final class ClassifierDefinitions {
  /** The request members that hold a classifier, one per kind. */
  public static final List<String> KINDS = List.of("CsvClassifier", "GrokClassifier", "JsonClassifier");

  private final CrawlerFolder folder;

  ClassifierDefinitions(Path dir) {
    this.folder = new CrawlerFolder(dir, CrawlerErrors::invalidClassifierName);
  }

  /** The classifiers defined, by name. */
  public List<String> names() {
    return folder.names();
  }

  /** The classifier {@code name}, parsed, when there is one. */
  public Optional<ClassifierDefinition> find(String name) {
    if (!DefinitionFolder.isName(name) || !folder.exists(name)) {
      return Optional.empty();
    }
    return Optional.of(DefinitionReader.readClassifier(folder.file(name)));
  }

  /** {@code NAME.json} as written: one member, the classifier's kind. */
  public ObjectNode source(String name) {
    return folder.read(name, missing -> CrawlerErrors.classifierNotFound(missing, folder.dir()));
  }

  /** When {@code NAME.json} was last written (Glue's {@code LastUpdated}). */
  public Instant lastUpdated(String name) {
    source(name);
    try {
      return Files.getLastModifiedTime(folder.file(name)).toInstant();
    } catch (IOException e) {
      throw CrawlerErrors.definitionsUnreadable(folder.file(name), e);
    }
  }

  /** Glue's {@code CreateClassifier}: validates {@code request} and stores it as {@code NAME.json}. */
  public ClassifierDefinition create(ObjectNode request) {
    ClassifierDefinition classifier = DefinitionReader.parseClassifier("the CreateClassifier request",
        request.toString());
    if (folder.exists(classifier.name())) {
      throw CrawlerErrors.classifierExists(classifier.name(), folder.dir());
    }
    folder.write(classifier.name(), request);
    return classifier;
  }

  /**
   * Glue's {@code UpdateClassifier}: the members given under the classifier's kind replace the stored ones; the
   * kind cannot change.
   */
  public ClassifierDefinition update(ObjectNode request) {
    String kind = kind(request);
    JsonNode changes = request.get(kind);
    String name = changes.path("Name").asText(null);
    ObjectNode stored = source(name);
    if (!stored.has(kind)) {
      throw CrawlerErrors.classifierKindChanged(name, kind(stored), kind);
    }
    ((ObjectNode) stored.get(kind)).setAll((ObjectNode) changes);
    ClassifierDefinition classifier = DefinitionReader.parseClassifier("classifier " + name
        + " after the UpdateClassifier request", stored.toString());
    folder.write(name, stored);
    return classifier;
  }

  /** Glue's {@code DeleteClassifier}. */
  public void delete(String name) {
    source(name);
    folder.delete(name);
  }

  /** The one kind member of a request, checked the way the reader checks files. */
  private static String kind(ObjectNode request) {
    List<String> kinds = KINDS.stream().filter(request::has).toList();
    if (kinds.size() != 1 || !request.get(kinds.get(0)).isObject()) {
      // The reader names what is wrong (none, an unknown kind such as XMLClassifier, or a member of a wrong type).
      DefinitionReader.parseClassifier("the UpdateClassifier request", request.toString());
      throw CrawlerErrors.oneClassifierKind(KINDS);
    }
    return kinds.get(0);
  }
}
