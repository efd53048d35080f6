package org.gluesuite.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentException;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

  @Test
  void run_whenTheJobSucceeds_recordsSucceededWithCountsAndMaskedSecrets() {
    Path folder = TestSpark.newFolder("runner");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);

      JobRunRecord record = runner.run("default-name", context -> {
        String city = context.getResolvedOptions("city").get("city");
        context.metrics().recordRead("source", 42);
        context.metrics().recordErrors("parse", 2);
        context.metrics().put("city", city);
      }, JobArgumentParser.parse(new String[] {"--JOB_NAME", "clean", "--city", "Madrid", "--db_password",
          "hunter2"}));

      assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(record.jobName()).isEqualTo("clean");
      assertThat(record.id()).matches("jr_[0-9a-f]{64}");
      assertThat(record.arguments()).containsEntry("city", "Madrid").containsEntry("db_password", "****");
      assertThat(record.totalRowsRead()).isEqualTo(42);
      assertThat(record.totalErrorRecords()).isEqualTo(2);
      assertThat(record.results()).containsEntry("city", "Madrid");
      assertThat(store.find("clean", record.id())).contains(record);
      assertThat(store.list("clean")).containsExactly(record);
    }
  }

  @Test
  void run_whenTheJobThrows_recordsFailedWithTheMessage_andRethrows() {
    Path folder = TestSpark.newFolder("runner-fail");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);

      assertThatThrownBy(() -> runner.run("broken", context -> {
        throw new IllegalStateException("bad day");
      }, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_fixed"})))
          .isInstanceOf(JobFailedException.class)
          .hasMessageContaining("broken").hasMessageContaining("bad day");

      JobRunRecord failed = store.find("broken", "jr_fixed").orElseThrow();
      assertThat(failed.state()).isEqualTo(JobRunState.FAILED);
      assertThat(failed.errorMessage()).isEqualTo("IllegalStateException: bad day");
      assertThat(failed.completedOn()).isNotNull();
    }
  }

  @Test
  void start_thenCommit_publishesStagedDataOnlyAtCommit_andEndsOnce() throws Exception {
    Path folder = TestSpark.newFolder("runner-open");
    Path out = folder.resolve("out");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs").resolve("jobs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);

      JobRunner.OpenRun run = runner.start("open", JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_open"}));
      assertThat(store.find("open", "jr_open").orElseThrow().state()).isEqualTo(JobRunState.RUNNING);
      run.context().glue().getSinkWithFormat(org.gluesuite.runtime.context.SinkOptions.of(out.toString(),
          org.gluesuite.catalog.StorageFormat.JSON)).writeDataFrame(TestSpark.session().sql("SELECT 1 AS id"));
      assertThat(publishedFiles(out)).isEmpty();

      JobRunRecord committed = run.commit();

      assertThat(committed.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(committed.rowsWritten()).isEqualTo(1);
      assertThat(TestSpark.session().read().json(out.toString()).count()).isEqualTo(1);
      assertThatThrownBy(run::commit).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("jr_open").hasMessageContaining("ends once");
    }
  }

  @Test
  void start_thenFail_dropsStagedData_andRecordsFailed() throws Exception {
    Path folder = TestSpark.newFolder("runner-open-fail");
    Path out = folder.resolve("out");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs").resolve("jobs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);

      JobRunner.OpenRun run = runner.start("open", JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_gone"}));
      run.context().glue().getSinkWithFormat(org.gluesuite.runtime.context.SinkOptions.of(out.toString(),
          org.gluesuite.catalog.StorageFormat.JSON)).writeDataFrame(TestSpark.session().sql("SELECT 1 AS id"));
      RuntimeException thrown = run.fail(new IllegalStateException("script ended early"));

      assertThat(thrown).isInstanceOf(JobFailedException.class).hasMessageContaining("script ended early");
      assertThat(store.find("open", "jr_gone").orElseThrow().state()).isEqualTo(JobRunState.FAILED);
      assertThat(publishedFiles(out)).isEmpty();
      assertThatThrownBy(run::commit).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void run_withAMissingRequiredArgument_failsTheRunNamingIt() {
    Path folder = TestSpark.newFolder("runner-args");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);

      assertThatThrownBy(() -> runner.run("needs-city", context -> context.getResolvedOptions("city"),
          JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_1"})))
          .isInstanceOf(JobFailedException.class)
          .hasCauseInstanceOf(JobArgumentException.class)
          .hasMessageContaining("--city");
      assertThat(store.find("needs-city", "jr_1").orElseThrow().state()).isEqualTo(JobRunState.FAILED);
    }
  }

  @Test
  void jobMain_withBrokenGlueArguments_failsAtTheEdge_beforeACatalogOpensOrTheJobRuns() {
    Path folder = TestSpark.newFolder("main-bad");
    boolean[] ran = {false};

    assertThatThrownBy(() -> JobMain.run("x", context -> ran[0] = true, new String[] {
        "--glue_suite_catalog", "embedded:" + folder.resolve("catalog"),
        "--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-from", "jr_1"}))
        .isInstanceOf(JobArgumentException.class).hasMessageContaining("--job-bookmark-to");
    assertThat(ran[0]).isFalse();
    assertThat(folder.resolve("catalog")).doesNotExist();
    assertThat(folder.resolve("runs")).doesNotExist();
  }

  @Test
  void run_filesTheErrorRecordsOfTheReadAndOfLaterStepsOfAWrittenFrame_countedPerStep() throws Exception {
    Path folder = TestSpark.newFolder("runner-step-errors");
    Path landing = java.nio.file.Files.createDirectories(folder.resolve("landing"));
    java.nio.file.Files.writeString(landing.resolve("part-1.json"),
        "{\"id\": 1, \"v\": 10}\n{\"id\": 2, \"v\": 0}\n{\"id\": 3, broken\n{\"id\": 4, \"v\": 5}\n");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(folder.resolve("runs").resolve("jobs")));

      JobRunRecord record = runner.run("steps", context -> {
        org.gluesuite.runtime.frame.GlueFrame read = context.glue().getSourceWithFormat("json",
            java.util.Map.of("paths", "[\"" + landing + "\"]"), java.util.Map.of()).transformationContext("landing")
            .getFrame();
        org.gluesuite.runtime.frame.GlueFrame scaled = read.map(r -> r.set("ratio", 100 / r.getLong("v")),
            org.gluesuite.runtime.frame.TransformOptions.context("scale"));
        context.glue().getSinkWithFormat(org.gluesuite.runtime.context.SinkOptions.of(
            folder.resolve("out").toString(), org.gluesuite.catalog.StorageFormat.PARQUET)).writeFrame(scaled);
      }, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_steps"}));

      assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(record.errorRecords()).containsOnly(java.util.Map.entry("read landing", 1L),
          java.util.Map.entry("map scale", 1L));
      assertThat(record.rowsWritten()).isEqualTo(2);
      Path errors = folder.resolve("errors").resolve("steps").resolve("jr_steps");
      assertThat(jsonText(errors.resolve("landing"))).contains("\"line\":3").contains("broken")
          .doesNotContain("by zero");
      assertThat(jsonText(errors.resolve("map_scale"))).contains("\"transformation\":\"map\"")
          .contains("by zero").contains("\"transformation_context\":\"scale\"");
    }
  }

  @Test
  void run_whenTwoRunsOverlapOnCopiesOfOneContext_eachRecordsOnlyTheWritesItMade() throws Exception {
    Path folder = TestSpark.newFolder("runner-overlap");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      GlueSuiteContext shared = GlueSuiteContext.create(TestSpark.session(), catalog);
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs").resolve("jobs"));
      java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch fastDone = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        // The slow run starts first, waits while a whole other run writes and commits, then writes itself.
        java.util.concurrent.Future<JobRunRecord> slow = pool.submit(() -> new JobRunner(shared, store).run("slow",
            context -> {
              slowStarted.countDown();
              await(fastDone);
              writeRows(context.glue(), folder.resolve("slow-out"), 5);
            }, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_slow"})));
        await(slowStarted);
        JobRunRecord fast = new JobRunner(shared.withAccessPolicy(org.gluesuite.runtime.access.AccessPolicy.ALLOW_ALL),
            store).run("fast", context -> writeRows(context.glue(), folder.resolve("fast-out"), 3),
            JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_fast"}));
        fastDone.countDown();
        JobRunRecord slowRecord = slow.get(120, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(fast.rowsWritten()).isEqualTo(3);
        assertThat(fast.outputs()).containsExactly(folder.resolve("fast-out").toString());
        assertThat(slowRecord.rowsWritten()).isEqualTo(5);
        assertThat(slowRecord.outputs()).containsExactly(folder.resolve("slow-out").toString());
      } finally {
        fastDone.countDown();
        pool.shutdownNow();
      }
    }
  }

  @Test
  void run_whenTheJobWritesThroughACopyOfItsContext_theWriteIsStagedAndRecordedByTheRun() {
    Path folder = TestSpark.newFolder("runner-copy");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(folder.resolve("runs").resolve("jobs")));
      Path out = folder.resolve("out");
      long[] visibleDuringRun = {-1};

      JobRunRecord record = runner.run("copy", context -> {
        GlueSuiteContext copy = context.glue().withAccessPolicy(org.gluesuite.runtime.access.AccessPolicy.ALLOW_ALL);
        writeRows(copy, out, 4);
        visibleDuringRun[0] = dataFiles(out);
      }, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_copy"}));

      assertThat(visibleDuringRun[0]).as("data files visible before commit").isZero();
      assertThat(dataFiles(out)).isPositive();
      assertThat(record.rowsWritten()).isEqualTo(4);
      assertThat(record.outputs()).containsExactly(out.toString());
    }
  }

  @Test
  void run_whenTheJobFailsAfterWriting_recordsNoRowsWritten_andPublishesNothing() {
    Path folder = TestSpark.newFolder("runner-failed-write");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs").resolve("jobs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);
      Path out = folder.resolve("out");

      assertThatThrownBy(() -> runner.run("fails", context -> {
        writeRows(context.glue(), out, 2);
        throw new IllegalStateException("after the write");
      }, JobArgumentParser.parse(new String[] {"--JOB_RUN_ID", "jr_fails"}))).isInstanceOf(JobFailedException.class);

      JobRunRecord failed = store.find("fails", "jr_fails").orElseThrow();
      assertThat(failed.rowsWritten()).isZero();
      assertThat(failed.outputs()).isEmpty();
      assertThat(dataFiles(out)).isZero();
    }
  }

  private static void writeRows(GlueSuiteContext glue, Path target, int rows) {
    glue.getSinkWithFormat(org.gluesuite.runtime.context.SinkOptions.of(target.toString(),
        org.gluesuite.catalog.StorageFormat.PARQUET)).writeDataFrame(glue.spark().range(rows).toDF("id"));
  }

  private static long dataFiles(Path folder) {
    if (!java.nio.file.Files.isDirectory(folder)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      if (!latch.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other run");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String jsonText(Path folder) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
      StringBuilder text = new StringBuilder();
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        text.append(java.nio.file.Files.readString(file));
      }
      return text.toString();
    }
  }

  /** The data files in place under {@code folder} (not those staged under {@code _glue_staging}). */
  private static java.util.List<Path> publishedFiles(Path folder) throws java.io.IOException {
    if (!java.nio.file.Files.exists(folder)) {
      return java.util.List.of();
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
    }
  }
}
