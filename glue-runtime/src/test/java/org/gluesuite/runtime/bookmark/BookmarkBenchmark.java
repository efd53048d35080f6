package org.gluesuite.runtime.bookmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * Not a test: measures what a bookmarked run reads. 1,000 processed JSON files (modified a day ago) and 10 new ones;
 * times the read (list, select, parse, count) of a full run (bookmarks disabled) and of an incremental run (enabled,
 * after a run that processed the 1,000). Usage: {@code BookmarkBenchmark [DIR] [ROWS_PER_FILE]}; see BENCHMARKS.md.
 */
public final class BookmarkBenchmark {
  private static final int PROCESSED = 1_000;
  private static final int NEW = 10;

  private BookmarkBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/bookmark-benchmark").toAbsolutePath();
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    deleteTree(root);
    Path landing = root.resolve("landing");
    Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
    for (int i = 0; i < PROCESSED; i++) {
      Files.setLastModifiedTime(write(landing, i, rows), FileTime.from(yesterday));
    }
    SparkSession spark = LocalSparkSessions.builder("bookmark-benchmark", "local[2]", root.resolve("tmp"))
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(spark, catalog),
          new FileJobRunStore(root.resolve("runs").resolve("jobs")));
      long[] readMillis = new long[1];
      long[] readRows = new long[1];
      org.gluesuite.runtime.job.GlueJob job = context -> {
        long start = System.nanoTime();
        readRows[0] = context.glue().getSourceWithFormat("json", Map.of("paths", "[\"" + landing + "\"]"), Map.of())
            .transformationContext("landing").getFrame().toDF().count();
        readMillis[0] = (System.nanoTime() - start) / 1_000_000;
      };
      runner.run("bench", job, new String[] {"--JOB_RUN_ID", "jr_warmup"});
      runner.run("bench", job, new String[] {"--JOB_RUN_ID", "jr_full"});
      long fullMillis = readMillis[0];
      long fullRows = readRows[0];
      runner.run("bench", job, new String[] {"--JOB_RUN_ID", "jr_first", "--job-bookmark-option",
          "job-bookmark-enable"});
      for (int i = PROCESSED; i < PROCESSED + NEW; i++) {
        write(landing, i, rows);
      }
      long listStart = System.nanoTime();
      int listed = org.gluesuite.runtime.frame.read.SourceFiles.listWithTimes(List.of(landing.toString()),
          spark.sparkContext().hadoopConfiguration()).size();
      long listMillis = (System.nanoTime() - listStart) / 1_000_000;
      JobRunRecord incremental = runner.run("bench", job, new String[] {"--JOB_RUN_ID", "jr_incremental",
          "--job-bookmark-option", "job-bookmark-enable"});
      System.out.printf(Locale.ROOT, "full run:        %,d files listed, %,d files read, %,d rows, read %,d ms%n",
          PROCESSED, PROCESSED, fullRows, fullMillis);
      System.out.printf(Locale.ROOT, "incremental run: %,d files listed, %,d files read, %,d rows, read %,d ms "
          + "(%.1f%% of the full read)%n", PROCESSED + NEW, incremental.bookmarkedFilesRead().get("landing"),
          readRows[0], readMillis[0], 100.0 * readMillis[0] / fullMillis);
      System.out.printf(Locale.ROOT, "listing alone:   %,d files with their times in %,d ms%n", listed, listMillis);
    }
    spark.stop();
  }

  private static Path write(Path landing, int n, int rows) throws IOException {
    Files.createDirectories(landing);
    StringBuilder text = new StringBuilder(rows * 60);
    for (int i = 0; i < rows; i++) {
      text.append("{\"id\":").append((long) n * rows + i).append(",\"city\":\"c").append(i % 17)
          .append("\",\"value\":").append((i * 31) % 997 / 10.0).append("}\n");
    }
    Path file = landing.resolve(String.format("part-%05d.json", n));
    Files.writeString(file, text);
    return file;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
