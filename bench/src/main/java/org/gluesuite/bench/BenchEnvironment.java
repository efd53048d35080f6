package org.gluesuite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What a reader needs to judge the figures: the command, the machine, its load, the versions and the commit. */
public record BenchEnvironment(String command, String size, int runs, String commit, String date, String machine,
    String loadAtStart, String loadAtEnd, String versions) {

  static BenchEnvironment capture(String command, BenchSize size, int runs, Path checkout, String loadAtStart) {
    String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch") + ", child JVMs -Xmx" + System.getProperty("bench.child.xmx", "3g");
    String versions = "Java " + System.getProperty("java.version") + ", Spark " + org.apache.spark.package$.MODULE$
        .SPARK_VERSION() + ", Scala " + scala.util.Properties.versionNumberString() + ", DuckDB JDBC "
        + duckDbVersion();
    return new BenchEnvironment(command, size.name(), runs, commit(checkout),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine, loadAtStart, loadAverage(), versions);
  }

  /** The 1-minute load average, or "unknown" off Linux. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String duckDbVersion() {
    Package p = org.duckdb.DuckDBDriver.class.getPackage();
    return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "(version not in its manifest; see bench/pom.xml)";
  }

  private static String commit(Path checkout) {
    try {
      Process git = new ProcessBuilder("git", "-C", checkout.toString(), "rev-parse", "--short=12", "HEAD")
          .redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      Process dirty = new ProcessBuilder("git", "-C", checkout.toString(), "status", "--porcelain",
          "--untracked-files=no").redirectErrorStream(true).start();
      boolean changed = !new String(dirty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
      return git.waitFor() == 0 ? out + (changed && dirty.waitFor() == 0 ? " (with uncommitted changes)" : "")
          : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
