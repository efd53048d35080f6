package org.gluesuite.crawler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Glue's crawler names (also what keeps a name inside the folder). */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}");
  private final Path dir;

  public CrawlerDefinitions(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path dir() {
    return dir;
  }

  /** The crawlers defined, by name. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        names.add(fileName.substring(0, fileName.length() - ".json".length()));
      }
    } catch (IOException e) {
      throw CrawlerErrors.definitionsUnreadable(dir, e);
    }
    names.sort(null);
    return names;
  }

  /** {@code NAME.json}, parsed and validated. @throws CrawlerNotFoundException when there is none */
  public CrawlerDefinition read(String name) {
    return DefinitionReader.read(requireFile(name));
  }

  /** {@code NAME.json} as written (the members {@code GetCrawler} echoes). */
  public ObjectNode source(String name) {
    Path file = requireFile(name);
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException | ClassCastException e) {
      throw CrawlerErrors.definitionsUnreadable(file, e);
    }
  }

  /** Glue's {@code CreateCrawler}: validates {@code request} and stores it as {@code NAME.json}. */
  public CrawlerDefinition create(ObjectNode request) {
    CrawlerDefinition definition = validate(request, "the CreateCrawler request");
    if (Files.exists(file(definition.name()))) {
      throw CrawlerErrors.crawlerExists(definition.name(), dir);
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
    try {
      Files.delete(requireFile(name));
    } catch (IOException e) {
      throw CrawlerErrors.definitionUnwritable(file(name), e);
    }
  }

  private CrawlerDefinition validate(ObjectNode request, String source) {
    String json;
    try {
      json = JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return DefinitionReader.parse(source, json, this::classifier);
  }

  private ClassifierDefinition classifier(String name) {
    Path file = dir.resolve("classifiers").resolve(name + ".json");
    return Files.isRegularFile(file) ? DefinitionReader.readClassifier(file) : null;
  }

  private void write(String name, ObjectNode definition) {
    Path target = file(name);
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, name, ".tmp");
      Files.writeString(temp, JSON.writeValueAsString(definition) + "\n", StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CrawlerErrors.definitionUnwritable(target, e);
    }
  }

  private Path requireFile(String name) {
    Path file = file(name);
    if (!Files.isRegularFile(file)) {
      throw CrawlerErrors.crawlerNotFound(name, dir);
    }
    return file;
  }

  private Path file(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw CrawlerErrors.invalidName(name);
    }
    return dir.resolve(name + ".json");
  }
}
