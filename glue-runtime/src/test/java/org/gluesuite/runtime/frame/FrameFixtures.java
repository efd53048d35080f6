package org.gluesuite.runtime.frame;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.testing.TestSpark;

/** Small input files and frames for GlueFrame tests. */
final class FrameFixtures {
  private FrameFixtures() {
  }

  static SparkSession spark() {
    return TestSpark.session();
  }

  static Path write(Path folder, String name, String... lines) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writeGzip(Path folder, String name, String... lines) {
    Path file = folder.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON-lines frame from the given lines, read through the real reader. */
  static GlueFrame jsonFrame(String... lines) {
    Path folder = TestSpark.newFolder("json");
    write(folder, "data.json", lines);
    return FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);
  }
}
