package org.gluesuite.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gluesuite.common.store.DefinitionFolder;

/**
 * A folder of {@code NAME.json} definitions (crawlers, classifiers) whose read and write failures are the crawlers'
 * errors, naming the file; {@code invalidName} says what a name must be for the kind stored here.
 */
final class CrawlerFolder {
  private final DefinitionFolder folder;
  private final Function<String, RuntimeException> invalidName;

  CrawlerFolder(Path dir, Function<String, RuntimeException> invalidName) {
    this.folder = new DefinitionFolder(dir);
    this.invalidName = invalidName;
  }

  Path dir() {
    return folder.dir();
  }

  /** The file of {@code name}, a name checked first. */
  Path file(String name) {
    if (!DefinitionFolder.isName(name)) {
      throw invalidName.apply(name);
    }
    return folder.file(name);
  }

  boolean exists(String name) {
    return Files.exists(file(name));
  }

  List<String> names() {
    try {
      return folder.names();
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionsUnreadable(folder.dir(), e.getCause());
    }
  }

  /** {@code NAME.json} as written, or {@code missing}'s exception. */
  ObjectNode read(String name, Function<String, RuntimeException> missing) {
    Path file = file(name);
    try {
      Optional<ObjectNode> source = folder.read(name);
      return source.orElseThrow(() -> missing.apply(name));
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionsUnreadable(file, e.getCause());
    }
  }

  void write(String name, ObjectNode definition) {
    Path file = file(name);
    try {
      folder.write(name, definition);
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionUnwritable(file, e.getCause());
    }
  }

  void delete(String name) {
    Path file = file(name);
    try {
      folder.delete(name);
    } catch (UncheckedIOException e) {
      throw CrawlerErrors.definitionUnwritable(file, e.getCause());
    }
  }
}
