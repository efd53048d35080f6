package org.gluesuite.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
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
  private final CrawlerFolder folder;
  private final ClassifierDefinitions classifiers;

  public CrawlerDefinitions(Path dir) {
    this.folder = new CrawlerFolder(dir, CrawlerErrors::invalidName);
    this.classifiers = new ClassifierDefinitions(dir.resolve("classifiers"));
  }

  public Path dir() {
    return folder.dir();
  }

  /** The custom classifiers crawlers of this folder may name ({@code classifiers/NAME.json}). */
  public ClassifierDefinitions classifiers() {
    return classifiers;
  }

  /** The crawlers defined, by name. */
  public List<String> names() {
    return folder.names();
  }

  /** {@code NAME.json}, parsed and validated. @throws CrawlerNotFoundException when there is none */
  public CrawlerDefinition read(String name) {
    source(name);
    return DefinitionReader.read(folder.file(name));
  }

  /** {@code NAME.json} as written (the members {@code GetCrawler} echoes). */
  public ObjectNode source(String name) {
    return folder.read(name, missing -> CrawlerErrors.crawlerNotFound(missing, folder.dir()));
  }

  /** Glue's {@code CreateCrawler}: validates {@code request} and stores it as {@code NAME.json}. */
  public CrawlerDefinition create(ObjectNode request) {
    CrawlerDefinition definition = validate(request, "the CreateCrawler request");
    if (folder.exists(definition.name())) {
      throw CrawlerErrors.crawlerExists(definition.name(), folder.dir());
    }
    folder.write(definition.name(), request);
    return definition;
  }

  /** Glue's {@code UpdateCrawler}: the members of {@code changes} replace the stored ones; the result is validated. */
  public CrawlerDefinition update(String name, ObjectNode changes) {
    ObjectNode merged = source(name);
    merged.setAll(changes);
    merged.put("Name", name);
    CrawlerDefinition definition = validate(merged, "crawler " + name + " after the UpdateCrawler request");
    folder.write(name, merged);
    return definition;
  }

  /** Glue's {@code DeleteCrawler}: removes the definition (its run history stays with the state). */
  public void delete(String name) {
    source(name);
    folder.delete(name);
  }

  private CrawlerDefinition validate(ObjectNode request, String source) {
    return DefinitionReader.parse(source, request.toString(), this::classifier);
  }

  private ClassifierDefinition classifier(String name) {
    return classifiers.find(name).orElse(null);
  }
}
