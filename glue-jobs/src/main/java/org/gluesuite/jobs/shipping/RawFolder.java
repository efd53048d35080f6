package org.gluesuite.jobs.shipping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The pipeline's {@code raw/} folder, replaced as a whole: new files are written into a hidden sibling folder, which
 * then takes the place of {@code raw/} by renames. Readers see the old files or the new ones, never a mix or half a
 * file; a failure while writing leaves {@code raw/} as it was.
 */
final class RawFolder {
  static final String NAME = "raw";

  /** Writes the raw files into a staging folder. */
  @FunctionalInterface
  interface Writer {
    void write(Path staging) throws IOException;
  }

  private RawFolder() {
  }

  static Path of(Path pipelineRoot) {
    return pipelineRoot.resolve(NAME);
  }

  /** Replaces {@code <pipelineRoot>/raw} with what {@code writer} writes. */
  static void replace(Path pipelineRoot, Writer writer) {
    Path target = of(pipelineRoot);
    Path staging = pipelineRoot.resolve("." + NAME + "-" + UUID.randomUUID());
    Path old = pipelineRoot.resolve("." + NAME + "-old-" + UUID.randomUUID());
    try {
      Files.createDirectories(staging);
      writer.write(staging);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
    } catch (IOException e) {
      delete(staging);
      throw ShippingErrors.writeFailed(target.toString(), e);
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // A leftover hidden folder is harmless (readers and the crawler skip dot folders); the new data is in place.
    }
  }
}
