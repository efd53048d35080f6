package org.gluesuite.runtime.bookmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.frame.read.SourceFiles;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * Not a test: measures what a bookmarked run reads. 1,000 processed JSON files (modified a day ago) and 10 new ones.
 * Each round times, inside a job, the read (list, bookmark selection, parse, count) of a full run (bookmarks
 * disabled) and of an incremental run (enabled; the bookmark rewound to the run that processed the 1,000 first), side
 * by side; medians over the rounds. Plain Spark's JSON reader over the same files is timed alongside as the floor a
 * Spark read of 10 small files costs. Usage: {@code BookmarkBenchmark [DIR] [ROWS_PER_FILE] [ROUNDS]}; see
 * BENCHMARKS.md.
 */
public final class BookmarkBenchmark {
  private static final int PROCESSED = 1_000;
  private static final int NEW = 10;

  private BookmarkBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/bookmark-benchmark").toAbsolutePath();
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    deleteTree(root);
    Path landing = root.resolve("landing");
    Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
    List<String> oldFiles = new ArrayList<>();
    for (int i = 0; i < PROCESSED; i++) {
      Path file = write(landing, i, rows);
      Files.setLastModifiedTime(file, FileTime.from(yesterday));
      oldFiles.add(file.toString());
    }
    SparkSession spark = LocalSparkSessions.builder("bookmark-benchmark", "local[2]", root.resolve("tmp"))
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(spark, catalog),
          new FileJobRunStore(root.resolve("runs").resolve("jobs")));
      BookmarkStore bookmarks = new BookmarkStore(root.resolve("bookmarks"));
      long[] readNanos = new long[1];
      long[] readRows = new long[1];
      GlueJob job = context -> {
        long start = System.nanoTime();
        readRows[0] = context.glue().getSourceWithFormat("json", Map.of("paths", "[\"" + landing + "\"]"), Map.of())
            .transformationContext("landing").getFrame().toDF().count();
        readNanos[0] = System.nanoTime() - start;
      };
      runner.run("bench", job, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_warmup"}));
      runner.run("bench", job, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_first",
          "--job-bookmark-option", "job-bookmark-enable"}));
      long fullRows = readRows[0];
      List<String> newFiles = new ArrayList<>();
      for (int i = PROCESSED; i < PROCESSED + NEW; i++) {
        newFiles.add(write(landing, i, rows).toString());
      }
      List<String> allFiles = new ArrayList<>(oldFiles);
      allFiles.addAll(newFiles);
      long newBytes = bytes(newFiles);
      long allBytes = bytes(allFiles);

      double[] full = new double[rounds];
      double[] incremental = new double[rounds];
      double[] sparkFull = new double[rounds];
      double[] sparkIncremental = new double[rounds];
      JobRunRecord last = null;
      long incrementalRows = 0;
      for (int r = -1; r < rounds; r++) {   // round -1 warms the incremental path up and is not counted
        runner.run("bench", job, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_full_" + r}));
        double fullMillis = readNanos[0] / 1e6;
        bookmarks.reset("bench", "jr_first");
        last = runner.run("bench", job, JobArgumentParser.parse(new String[] {
            "--JOB_RUN_ID", "jr_incremental_" + r, "--job-bookmark-option", "job-bookmark-enable"}));
        double incrementalMillis = readNanos[0] / 1e6;
        incrementalRows = readRows[0];
        double sparkFullMillis = timeSparkRead(spark, allFiles);
        double sparkIncrementalMillis = timeSparkRead(spark, newFiles);
        if (r >= 0) {
          full[r] = fullMillis;
          incremental[r] = incrementalMillis;
          sparkFull[r] = sparkFullMillis;
          sparkIncremental[r] = sparkIncrementalMillis;
        }
      }
      long listStart = System.nanoTime();
      int listed = SourceFiles.listWithTimes(List.of(landing.toString()),
          spark.sparkContext().hadoopConfiguration()).size();
      double listMillis = (System.nanoTime() - listStart) / 1e6;

      System.out.printf(Locale.ROOT, "lake: %,d + %,d JSON files, %,d rows each, %,d bytes (new files: %,d bytes, "
          + "%.1f%%)%n", PROCESSED, NEW, rows, allBytes, newBytes, 100.0 * newBytes / allBytes);
      System.out.printf(Locale.ROOT, "full run:        %,d files read, %,d rows, read median %,.0f ms %s%n",
          PROCESSED, fullRows, median(full), Arrays.toString(rounded(full)));
      System.out.printf(Locale.ROOT, "incremental run: %,d files listed, %,d read, %,d rows, read median %,.0f ms %s%n",
          listed, last.bookmarkedFilesRead().get("landing"), incrementalRows, median(incremental),
          Arrays.toString(rounded(incremental)));
      System.out.printf(Locale.ROOT, "ratio:           %.1f%% of the full read (median of per-round ratios %.1f%%)%n",
          100.0 * median(incremental) / median(full), 100.0 * median(ratios(incremental, full)));
      System.out.printf(Locale.ROOT, "plain Spark spark.read.json(...).count(): all %,d files %,.0f ms, the %,d new "
          + "files %,.0f ms (%.1f%%)%n", allFiles.size(), median(sparkFull), NEW, median(sparkIncremental),
          100.0 * median(sparkIncremental) / median(sparkFull));
      System.out.printf(Locale.ROOT, "listing alone:   %,d files with their times in %.0f ms%n", listed, listMillis);
    }
    spark.stop();
  }

  private static double timeSparkRead(SparkSession spark, List<String> files) {
    long start = System.nanoTime();
    spark.read().json(files.toArray(new String[0])).count();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double[] ratios(double[] part, double[] whole) {
    double[] out = new double[part.length];
    for (int i = 0; i < part.length; i++) {
      out[i] = part[i] / whole[i];
    }
    return out;
  }

  private static long[] rounded(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }

  private static long bytes(List<String> files) throws IOException {
    long total = 0;
    for (String f : files) {
      total += Files.size(Path.of(f));
    }
    return total;
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
