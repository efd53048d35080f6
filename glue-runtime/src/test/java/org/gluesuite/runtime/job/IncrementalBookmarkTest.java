package org.gluesuite.runtime.job;

import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.bookmark.BookmarkErrors;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** Job bookmarks end to end, in this JVM: incremental runs, pause, rewind, reset, failures and concurrency. */
class IncrementalBookmarkTest {
  private static final String ENABLE = "job-bookmark-enable";
  private static final int ROWS = 3;

  private static JobRunRecord run(Path workspace, DataCatalog catalog, String runId, String... extra) {
    JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
        new FileJobRunStore(workspace.resolve("runs").resolve("jobs")));
    return runner.run(DropsJob.NAME, new DropsJob(), Drops.arguments(workspace, runId, extra));
  }

  private static int filesRead(JobRunRecord record) {
    return record.bookmarkedFilesRead() == null ? 0 : record.bookmarkedFilesRead().getOrDefault("landing", 0);
  }

  @Test
  void thirtyDailyDrops_eachRunReadsOnlyTheNewFile_andTheOutputsAddUpToOneFullRun_rowForRow() {
    Path workspace = TestSpark.newFolder("drops30");
    SparkSession spark = TestSpark.session();
    BookmarkStore bookmarks = new BookmarkStore(workspace.resolve("bookmarks"));
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      String[] runIds = new String[32];
      for (int n = 1; n <= 30; n++) {
        // Days 1..15 get two drops each, arriving in different runs: appends into an existing partition.
        Drops.drop(workspace.resolve("landing"), n, (n + 1) / 2, ROWS);
        runIds[n] = String.format("jr_drop_%02d", n);
        JobRunRecord record = run(workspace, catalog, runIds[n], "--job-bookmark-option", ENABLE);
        assertThat(filesRead(record)).as("run %d", n).isEqualTo(1);
        assertThat(record.totalRowsRead()).isEqualTo(ROWS);
      }
      List<String> all = Drops.expected(30, ROWS, n -> (n + 1) / 2);
      assertThat(Drops.rows(spark, workspace.resolve("out"))).containsExactlyElementsOf(all);
      assertThat(bookmarks.get(DropsJob.NAME).run()).isEqualTo(30);

      JobRunRecord nothingNew = run(workspace, catalog, "jr_drop_empty", "--job-bookmark-option", ENABLE);
      assertThat(filesRead(nothingNew)).isZero();
      assertThat(nothingNew.rowsWritten()).isZero();

      JobRunRecord full = run(workspace, catalog, "jr_full", "--output", workspace.resolve("full").toString());
      assertThat(full.bookmarkedFilesRead()).isNull();
      assertThat(Drops.rows(spark, workspace.resolve("full"))).containsExactlyElementsOf(all);

      // Pause: reads what is new, commits nothing.
      Drops.drop(workspace.resolve("landing"), 31, 16, ROWS);
      JobBookmarkEntry before = bookmarks.get(DropsJob.NAME);
      JobRunRecord paused = run(workspace, catalog, "jr_pause", "--job-bookmark-option", "job-bookmark-pause",
          "--output", workspace.resolve("scratch").toString());
      assertThat(filesRead(paused)).isEqualTo(1);
      assertThat(paused.totalRowsRead()).isEqualTo(ROWS);
      assertThat(bookmarks.get(DropsJob.NAME)).isEqualTo(before);

      // Pause over a window: the input of runs 6 and 7 (after run 5, up to and including run 7).
      JobRunRecord window = run(workspace, catalog, "jr_window", "--job-bookmark-option", "job-bookmark-pause",
          "--job-bookmark-from", runIds[5], "--job-bookmark-to", runIds[7],
          "--output", workspace.resolve("scratch").toString());
      assertThat(window.totalRowsRead()).isEqualTo(2 * ROWS);
      assertThat(bookmarks.get(DropsJob.NAME)).isEqualTo(before);

      runIds[31] = "jr_drop_31";
      assertThat(run(workspace, catalog, runIds[31], "--job-bookmark-option", ENABLE,
          "--output", workspace.resolve("scratch").toString()).totalRowsRead()).isEqualTo(ROWS);

      // Rewind to run 29: runs 30 and 31's input is new again. Reset: everything is.
      bookmarks.reset(DropsJob.NAME, runIds[29]);
      assertThat(run(workspace, catalog, "jr_after_rewind", "--job-bookmark-option", ENABLE,
          "--output", workspace.resolve("scratch").toString()).totalRowsRead()).isEqualTo(2 * ROWS);
      bookmarks.reset(DropsJob.NAME, null);
      assertThat(run(workspace, catalog, "jr_after_reset", "--job-bookmark-option", ENABLE,
          "--output", workspace.resolve("scratch").toString()).totalRowsRead()).isEqualTo(31 * ROWS);
      assertThat(Drops.rows(spark, workspace.resolve("out"))).as("reset and rewind leave outputs alone")
          .containsExactlyElementsOf(all);
    }
  }

  @Test
  void failedRun_leavesBookmarkAndOutputsUnchanged_andTheRetryReadsTheSameFiles() throws Exception {
    Path workspace = TestSpark.newFolder("drops-fail");
    BookmarkStore bookmarks = new BookmarkStore(workspace.resolve("bookmarks"));
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
      run(workspace, catalog, "jr_1", "--job-bookmark-option", ENABLE);
      Drops.drop(workspace.resolve("landing"), 2, 2, ROWS);
      JobBookmarkEntry before = bookmarks.get(DropsJob.NAME);
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(workspace.resolve("runs").resolve("jobs")));

      assertThatThrownBy(() -> runner.run(DropsJob.NAME, context -> {
        new DropsJob().run(context);
        throw new IllegalStateException("failed after writing");
      }, Drops.arguments(workspace, "jr_2", "--job-bookmark-option", ENABLE))).isInstanceOf(JobFailedException.class);

      assertThat(bookmarks.get(DropsJob.NAME)).isEqualTo(before);
      assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
          .containsExactlyElementsOf(Drops.expected(1, ROWS, n -> n));
      try (Stream<Path> leftovers = Files.walk(workspace.resolve("out"))) {
        assertThat(leftovers.map(Path::toString)).noneMatch(p -> p.contains("_glue_staging") || p.contains("day=02"));
      }
      JobRunRecord retry = run(workspace, catalog, "jr_2b", "--job-bookmark-option", ENABLE);
      assertThat(filesRead(retry)).isEqualTo(1);
      assertThat(retry.attempt()).isEqualTo(1);
      assertThat(bookmarks.get(DropsJob.NAME).attempt()).isEqualTo(1);
      assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
          .containsExactlyElementsOf(Drops.expected(2, ROWS, n -> n));
    }
  }

  @Test
  void secondConcurrentRun_failsFastWithVersionMismatch_andTheFirstCommits() throws Exception {
    Path workspace = TestSpark.newFolder("drops-concurrent");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(workspace.resolve("runs").resolve("jobs")));
      Future<JobRunRecord> first = pool.submit(() -> runner.run(DropsJob.NAME, context -> {
        started.countDown();
        release.await(60, TimeUnit.SECONDS);
        new DropsJob().run(context);
      }, Drops.arguments(workspace, "jr_first", "--job-bookmark-option", ENABLE)));
      assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

      long before = System.nanoTime();
      assertThatThrownBy(() -> run(workspace, catalog, "jr_second", "--job-bookmark-option", ENABLE))
          .isInstanceOf(JobFailedException.class)
          .hasCauseInstanceOf(BookmarkErrors.BookmarkVersionMismatchException.class)
          .hasMessageContaining("version mismatch").hasMessageContaining("jr_first");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(5_000);

      release.countDown();
      assertThat(first.get(120, TimeUnit.SECONDS).state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(new BookmarkStore(workspace.resolve("bookmarks")).get(DropsJob.NAME).run()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void malformedLines_areKeptAsErrorRecordsWithFileAndLine_andAThresholdFailsWithCountsAndASample()
      throws Exception {
    Path workspace = TestSpark.newFolder("drops-errors");
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      Path file = Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
      Files.writeString(file, Files.readString(file) + "{\"id\": 99, broken\n");
      JobRunRecord record = run(workspace, catalog, "jr_errors");
      assertThat(record.errorRecords()).containsEntry("read landing", 1L);
      Path errors = workspace.resolve("errors").resolve(DropsJob.NAME).resolve("jr_errors").resolve("landing");
      String written;
      try (Stream<Path> files = Files.list(errors)) {
        written = Files.readString(files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
      }
      assertThat(written).contains("drop-001.json").contains("\"line\":4").contains("broken");

      assertThatThrownBy(() -> run(workspace, catalog, "jr_strict", "--error_threshold", "1"))
          .isInstanceOf(JobFailedException.class)
          .hasMessageContaining("1 error record").hasMessageContaining("drop-001.json:4");
    }
  }

  @Test
  void catalogSource_withATransformationContext_readsOnlyNewFilesAndPartitions() {
    Path workspace = TestSpark.newFolder("catalog-bookmark");
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      GlueJob reader = context -> context.metrics().recordRead("events", context.glue()
          .getCatalogSource("drops", "events").transformationContext("events").getFrame().toDF().count());
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(workspace.resolve("runs").resolve("jobs")));
      String[] enable = {"--job-bookmark-option", ENABLE};
      Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
      Drops.drop(workspace.resolve("landing"), 2, 2, ROWS);
      run(workspace, catalog, "jr_w1", enable);
      assertThat(runner.run("reader", reader, JobArgumentParser.parse(enable)).totalRowsRead()).isEqualTo(2 * ROWS);
      assertThat(runner.run("reader", reader, JobArgumentParser.parse(enable)).totalRowsRead()).isZero();

      Drops.drop(workspace.resolve("landing"), 3, 3, ROWS);
      Drops.drop(workspace.resolve("landing"), 4, 1, ROWS);
      run(workspace, catalog, "jr_w2", enable);
      JobRunRecord incremental = runner.run("reader", reader, JobArgumentParser.parse(enable));
      assertThat(incremental.totalRowsRead()).isEqualTo(2 * ROWS);
      assertThat(incremental.bookmarkedFilesRead()).containsEntry("events", 2);
    }
  }

  @Test
  void catalogSource_theContextOfTheReadsTransformOptions_isItsBookmarkKey() {
    Path workspace = TestSpark.newFolder("catalog-options-bookmark");
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      GlueJob reader = context -> context.metrics().recordRead("events", context.glue()
          .getCatalogSource("drops", "events").getFrame(TransformOptions.context("events")).count());
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(workspace.resolve("runs").resolve("jobs")));
      String[] enable = {"--job-bookmark-option", ENABLE};
      Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
      run(workspace, catalog, "jr_w1", enable);

      JobRunRecord first = runner.run("reader", reader, JobArgumentParser.parse(enable));
      assertThat(first.totalRowsRead()).isEqualTo(ROWS);
      assertThat(first.bookmarkedFilesRead()).containsEntry("events", 1);
      assertThat(runner.run("reader", reader, JobArgumentParser.parse(enable)).totalRowsRead()).isZero();
    }
  }

  @Test
  void bookmarkOptions_withoutAWorkspace_failClearlyBeforeTheJobRuns() {
    Path folder = TestSpark.newFolder("no-store");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), JobRunStore.none());
      boolean[] ran = {false};
      assertThatThrownBy(() -> runner.run("x", context -> ran[0] = true,
          JobArgumentParser.parse(new String[] {"--job-bookmark-option", ENABLE})))
          .isInstanceOf(JobFailedException.class).hasMessageContaining("keeps no job bookmarks");
      assertThat(ran[0]).isFalse();
    }
  }

}
