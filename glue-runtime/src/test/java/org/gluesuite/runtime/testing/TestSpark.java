package org.gluesuite.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * The one SparkSession a test module shares (JUnit and ScalaTest alike): {@code local[2]}, UTC, UI off,
 * two shuffle partitions, scratch space under {@code target/}. Never stopped by tests; the JVM ends it.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {
  }

  public static synchronized SparkSession session() {
    if (session == null) {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      Path scratch = Path.of("target", "test-spark").toAbsolutePath();
      try {
        Files.createDirectories(scratch);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      session = LocalSparkSessions.builder("glue-suite-tests", "local[2]", scratch)
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.adaptive.enabled", "false")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** A fresh folder under {@code target/} for one test's files. */
  public static Path newFolder(String prefix) {
    try {
      Path base = Path.of("target", "test-data").toAbsolutePath();
      Files.createDirectories(base);
      return Files.createTempDirectory(base, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
