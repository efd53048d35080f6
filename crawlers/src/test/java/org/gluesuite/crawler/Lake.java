package org.gluesuite.crawler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Writes fixture files into a test lake. */
final class Lake {
  private final Path root;

  Lake(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The folder {@code s3://bucket/} maps to. */
  Lake bucket() {
    return new Lake(root.resolve("bucket"));
  }

  Lake text(String relative, String content) {
    return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  Lake bytes(String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Lake gzip(String relative, String content) {
    return compressed(relative, content, true);
  }

  Lake bzip2(String relative, String content) {
    return compressed(relative, content, false);
  }

  private Lake compressed(String relative, String content, boolean gzip) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      try (OutputStream raw = Files.newOutputStream(file);
          OutputStream out = gzip ? new GZIPOutputStream(raw) : new BZip2CompressorOutputStream(raw)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String relative) {
    try (var walk = Files.walk(root.resolve(relative))) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
