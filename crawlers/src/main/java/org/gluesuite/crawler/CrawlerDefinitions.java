package org.gluesuite.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.crawler.definition.ClassifierDefinition;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;

/**
 * The crawler definitions folder as Glue's {@code CreateCrawler}, {@code UpdateCrawler}, {@code DeleteCrawler} and
 * {@code ListCrawlers} see it: one {@code NAME.json} per crawler in {@code CreateCrawler}'s request shape, custom
 * classifiers in {@code classifiers/NAME.json}. What the API writes is validated by the same reader as the files,
 * so a crawler created through the API is one {@code crawl NAME} runs and the other way round.
 */
public final class CrawlerDefinitions {
  private final DefinitionFolder folder;
  private final ClassifierDefinitions classifiers;

  public CrawlerDefinitions(Path dir) {
    this.folder = new DefinitionFolder(dir);
    this.classifiers = new ClassifierDefinitions(dir.resolve("classifiers"));
  }

  /** The custom classifiers crawlers of this folder may name ({@code classifiers/NAME.json}). */
  public ClassifierDefinitions classifiers() {
    return classifiers;
  }

  public Path dir() {
    return folder.dir();
  }

  /** The crawlers defined, by name. */
  public List<String> names() {
    try {
      return folder.names();
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionsUnreadable(folder.dir(), e.getCause());
    }
  }

  /** {@code NAME.json}, parsed and validated. @throws CrawlerNotFoundException when there is none */
  public CrawlerDefinition read(String name) {
    source(name);
    return DefinitionReader.read(folder.file(name));
  }

  /** {@code NAME.json} as written (the members {@code GetCrawler} echoes). */
  public ObjectNode source(String name) {
    requireName(name);
    try {
      return folder.read(name).orElseThrow(() -> CrawlerErrors.crawlerNotFound(name, folder.dir()));
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionsUnreadable(folder.file(name), e.getCause());
    }
  }

  /** Glue's {@code CreateCrawler}: validates {@code request} and stores it as {@code NAME.json}. */
  public CrawlerDefinition create(ObjectNode request) {
    CrawlerDefinition definition = validate(request, "the CreateCrawler request");
    requireName(definition.name());
    if (Files.exists(folder.file(definition.name()))) {
      throw CrawlerErrors.crawlerExists(definition.name(), folder.dir());
    }
    write(definition.name(), request);
    return definition;
  }

  /** Glue's {@code UpdateCrawler}: the members of {@code changes} replace the stored ones; the result is validated. */
  public CrawlerDefinition update(String name, ObjectNode changes) {
    ObjectNode merged = source(name);
    merged.setAll(changes);
    merged.put("Name", name);
    CrawlerDefinition definition = validate(merged, "crawler " + name + " after the UpdateCrawler request");
    write(name, merged);
    return definition;
  }

  /** Glue's {@code DeleteCrawler}: removes the definition (its run history stays with the state). */
  public void delete(String name) {
    source(name);
    try {
      folder.delete(name);
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionUnwritable(folder.file(name), e.getCause());
    }
  }

  private CrawlerDefinition validate(ObjectNode request, String source) {
    return DefinitionReader.parse(source, request.toString(), this::classifier);
  }

  private ClassifierDefinition classifier(String name) {
    return classifiers.find(name).orElse(null);
  }

  private void write(String name, ObjectNode definition) {
    try {
      folder.write(name, definition);
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionUnwritable(folder.file(name), e.getCause());
    }
  }

  private static void requireName(String name) {
    if (!DefinitionFolder.isName(name)) {
      throw CrawlerErrors.invalidName(name);
    }
  }
}
