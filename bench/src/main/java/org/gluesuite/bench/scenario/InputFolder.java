package org.gluesuite.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder a scenario writes afresh: deleted with its content, then created empty. */
final class InputFolder {
  private InputFolder() {
  }

  static Path fresh(Path folder) {
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not recreate " + folder + ": " + e.getMessage(), e);
    }
  }
}
