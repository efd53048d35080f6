package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.bookmark.SourceBookmark;
import org.gluesuite.runtime.bookmark.SourceKind;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.ServeFixture;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.JobOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.BatchStopJobRunResponse;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * Glue's job operations through the AWS SDK v2 against {@code glue-suite serve}: definitions, run states, argument
 * precedence, concurrency, stopping and errors. The launcher here stands in for Spark and is held by the test, so
 * RUNNING, STOPPED and concurrency are observed deterministically; {@code ServeJobRunTest} in the CLI module runs real
 * jobs on Spark through the CLI's launcher.
 */
class JobApiTest {
  @TempDir
  static Path workspace;
  private static final HeldLauncher LAUNCHER = new HeldLauncher();
  /** One minute of a job's Timeout here; the default Timeout (2,880 minutes) still outlasts every test. */
  private static final Duration TIMEOUT_MINUTE = Duration.ofMillis(300);
  private static GlueSuiteServe serve;
  private static GlueClient glue;

  /** Runs each launch until the test releases it, then fails it if its arguments ask for that. */
  static final class HeldLauncher implements JobLauncher {
    final Map<String, JobLaunch> launches = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> releases = new ConcurrentHashMap<>();

    @Override
    public JobOutcome run(JobLaunch launch) throws Exception {
      launches.put(launch.jobRunId(), launch);
      releases.computeIfAbsent(launch.jobRunId(), id -> new CountDownLatch(1)).await();
      if (launch.arguments().containsKey("--fail_with")) {
        throw new IllegalStateException(launch.arguments().get("--fail_with"));
      }
      return JobOutcome.empty();
    }

    @Override
    public Optional<String> unsupportedReason(JobConfig job) {
      return job.name().startsWith("unsupported") ? Optional.of("job '" + job.name() + "' has no local"
          + " implementation") : Optional.empty();
    }

    void release(String runId) {
      releases.computeIfAbsent(runId, id -> new CountDownLatch(1)).countDown();
    }
  }

  @BeforeAll
  static void start() {
    Path catalog = workspace.resolve("catalog");
    serve = GlueSuiteServe.start(catalog, CrawlContext.forWorkspace(workspace, workspace.resolve("crawlers")),
        LAUNCHER, ServeSettings.anyPort(ServeFixture.PRINCIPAL).withJobTimeoutMinute(TIMEOUT_MINUTE));
    glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri()).region("eu-west-1")
        .staticCredentials(ServeFixture.ACCESS_KEY, ServeFixture.SECRET_KEY).maxAttempts(1).build()).glue();
  }

  @AfterAll
  static void stop() {
    LAUNCHER.releases.values().forEach(CountDownLatch::countDown);
    glue.close();
    serve.close();
  }

  @BeforeEach
  void noJobs() {
    for (String name : glue.listJobs(r -> { }).jobNames()) {
      glue.deleteJob(r -> r.jobName(name));
    }
  }

  private void createJob(String name, int maxConcurrentRuns) {
    glue.createJob(r -> r.name(name).role("arn:aws:iam::000000000000:role/Job")
        .command(c -> c.name("glueetl").scriptLocation("s3://scripts/" + name + ".sql"))
        .defaultArguments(Map.of("--city", "Valmora", "--days", "7"))
        .nonOverridableArguments(Map.of("--target_path", "s3://lake/out"))
        .executionProperty(e -> e.maxConcurrentRuns(maxConcurrentRuns)));
  }

  private JobRun awaitFinished(String job, String runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      JobRun run = glue.getJobRun(r -> r.jobName(job).runId(runId)).jobRun();
      if (List.of(JobRunState.SUCCEEDED, JobRunState.FAILED, JobRunState.STOPPED, JobRunState.TIMEOUT)
          .contains(run.jobRunState())) {
        return run;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job run " + runId + " did not finish within 30 s");
  }

  @Test
  void aStartedRun_isRunningUntilItsWorkEnds_withGluesArgumentPrecedence() throws Exception {
    createJob("clean", 1);

    String runId = glue.startJobRun(r -> r.jobName("clean").arguments(Map.of("--days", "30",
        "--target_path", "s3://elsewhere"))).jobRunId();

    JobRun running = glue.getJobRun(r -> r.jobName("clean").runId(runId)).jobRun();
    assertThat(running.jobRunState()).isEqualTo(JobRunState.RUNNING);
    assertThat(running.arguments()).containsEntry("--days", "30");
    assertThat(runId).startsWith("jr_");
    LAUNCHER.release(runId);
    JobRun done = awaitFinished("clean", runId);
    assertThat(done.jobRunState()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(done.completedOn()).isAfterOrEqualTo(done.startedOn());
    assertThat(LAUNCHER.launches.get(runId).arguments()).containsEntry("--city", "Valmora")
        .containsEntry("--days", "30").containsEntry("--target_path", "s3://lake/out")
        .containsEntry("--JOB_NAME", "clean").containsEntry("--JOB_RUN_ID", runId);
  }

  @Test
  void maxConcurrentRuns_stop_andFailures() throws Exception {
    createJob("train", 1);
    String first = glue.startJobRun(r -> r.jobName("train")).jobRunId();

    assertThatThrownBy(() -> glue.startJobRun(r -> r.jobName("train")))
        .isInstanceOf(ConcurrentRunsExceededException.class)
        .hasMessageContaining("job 'train' already has 1 run in progress");
    BatchStopJobRunResponse stop = glue.batchStopJobRun(r -> r.jobName("train").jobRunIds(first, "jr_unknown"));
    assertThat(stop.successfulSubmissions()).extracting(s -> s.jobRunId()).containsExactly(first);
    assertThat(stop.errors()).extracting(e -> e.jobRunId() + " " + e.errorDetail().errorCode())
        .containsExactly("jr_unknown EntityNotFoundException");
    JobRun stopped = awaitFinished("train", first);
    assertThat(stopped.jobRunState()).isEqualTo(JobRunState.STOPPED);
    assertThat(stopped.errorMessage()).isEqualTo("Stopped by BatchStopJobRun.");

    String failing = glue.startJobRun(r -> r.jobName("train").arguments(Map.of("--fail_with", "no rows for Valmora")))
        .jobRunId();
    LAUNCHER.release(failing);
    JobRun failed = awaitFinished("train", failing);
    assertThat(failed.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(failed.errorMessage()).isEqualTo("no rows for Valmora");
    assertThat(glue.batchStopJobRun(r -> r.jobName("train").jobRunIds(failing)).errors().get(0).errorDetail()
        .errorMessage()).contains("has already finished (FAILED)");
    assertThat(glue.getJobRuns(r -> r.jobName("train")).jobRuns()).extracting(JobRun::id)
        .containsExactly(failing, first);
  }

  @Test
  void definitions_areStoredCheckedAndListed() {
    createJob("monthly", 2);

    Job job = glue.getJob(r -> r.jobName("monthly")).job();
    assertThat(job.command().scriptLocation()).isEqualTo("s3://scripts/monthly.sql");
    assertThat(job.executionProperty().maxConcurrentRuns()).isEqualTo(2);
    assertThat(job.timeout()).isEqualTo(2880);
    assertThat(workspace.resolve("jobs/monthly.json")).isRegularFile();
    assertThat(glue.listJobs(r -> { }).jobNames()).containsExactly("monthly");
    assertThat(glue.getJobs(r -> { }).jobs()).extracting(Job::name).containsExactly("monthly");
    assertThatThrownBy(() -> createJob("monthly", 1)).isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> glue.createJob(r -> r.name("bad").role("r").command(c -> c.name("bash")
        .scriptLocation("x.sql")))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Command.Name").hasMessageContaining("'bash' is not a Glue job command");
    assertThatThrownBy(() -> createJob("unsupported-job", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot run the job: job 'unsupported-job' has no local implementation");
    assertThatThrownBy(() -> glue.startJobRun(r -> r.jobName("nobody"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("Job nobody not found");
    assertThatThrownBy(() -> glue.getJobRun(r -> r.jobName("monthly").runId("jr_none")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("Job run jr_none of job monthly not found");
    glue.deleteJob(r -> r.jobName("monthly"));
    assertThat(glue.deleteJob(r -> r.jobName("monthly")).jobName()).as("deleting twice is no error, as in Glue")
        .isEqualTo("monthly");
    assertThatThrownBy(() -> glue.getJob(r -> r.jobName("monthly"))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void updateJob_replacesTheWholeDefinition_asGlueDoes() {
    createJob("weekly", 2);

    glue.updateJob(r -> r.jobName("weekly").jobUpdate(u -> u.role("arn:aws:iam::000000000000:role/Job")
        .command(c -> c.name("glueetl").scriptLocation("s3://scripts/weekly-v2.sql")).maxRetries(2)));

    Job job = glue.getJob(r -> r.jobName("weekly")).job();
    assertThat(job.command().scriptLocation()).isEqualTo("s3://scripts/weekly-v2.sql");
    assertThat(job.maxRetries()).isEqualTo(2);
    assertThat(job.defaultArguments()).as("left out of JobUpdate, so gone").isNullOrEmpty();
    assertThat(job.executionProperty().maxConcurrentRuns()).as("back to Glue's default").isEqualTo(1);
    assertThatThrownBy(() -> glue.updateJob(r -> r.jobName("weekly").jobUpdate(u -> u.command(c -> c.name("bash")
        .scriptLocation("x.sql"))))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Command.Name");
    assertThat(glue.getJob(r -> r.jobName("weekly")).job().command().scriptLocation())
        .as("a refused update changes nothing").isEqualTo("s3://scripts/weekly-v2.sql");
    assertThatThrownBy(() -> glue.updateJob(r -> r.jobName("nobody").jobUpdate(u -> u.role("r")
        .command(c -> c.name("glueetl").scriptLocation("x.sql"))))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void jobBookmarks_areReadResetAndRewoundInTheWorkspacesStore() {
    createJob("incremental", 1);
    assertThatThrownBy(() -> glue.getJobBookmark(r -> r.jobName("incremental")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("Continuation for job incremental not found");
    BookmarkStore store = new BookmarkStore(workspace.resolve("bookmarks"));
    Instant now = Instant.parse("2024-05-01T00:00:00Z");
    SourceBookmark orders = SourceBookmark.empty(SourceKind.CATALOG, "shop.orders");
    JobBookmarkEntry first = JobBookmarkEntry.initial("incremental").committed("jr_first", 0, Map.of("orders",
        orders), now);
    store.replace(first, 0, "jr_first");
    store.replace(first.committed("jr_second", 1, Map.of("orders", orders), now), first.version(), "jr_second");

    var got = glue.getJobBookmark(r -> r.jobName("incremental")).jobBookmarkEntry();
    assertThat(got.run()).isEqualTo(2);
    assertThat(got.attempt()).isEqualTo(1);
    assertThat(got.runId()).isEqualTo("jr_second");
    assertThat(got.previousRunId()).isEqualTo("jr_first");
    assertThat(got.jobBookmark()).contains("\"orders\"").contains("shop.orders");

    var rewound = glue.resetJobBookmark(r -> r.jobName("incremental").runId("jr_first")).jobBookmarkEntry();
    assertThat(rewound.runId()).isEqualTo("jr_first");
    assertThat(rewound.version()).isEqualTo(got.version() + 1);
    assertThat(store.get("incremental").runId()).isEqualTo("jr_first");
    var reset = glue.resetJobBookmark(r -> r.jobName("incremental")).jobBookmarkEntry();
    assertThat(reset.runId()).isNull();
    assertThat(reset.jobBookmark()).isEqualTo("{}");
    assertThat(store.get("incremental").contexts()).isEmpty();

    assertThatThrownBy(() -> glue.resetJobBookmark(r -> r.jobName("incremental").runId("jr_never")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("Run jr_never is not in the bookmark history");
    assertThatThrownBy(() -> glue.getJobBookmark(r -> r.jobName("nobody"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("Job nobody not found");
  }

  @Test
  void aRunOutlivingItsTimeout_endsTimeout_isNotRetried_andFreesItsSlot() throws Exception {
    glue.createJob(r -> r.name("slow").role("arn:aws:iam::000000000000:role/Job").maxRetries(1).timeout(1)
        .command(c -> c.name("glueetl").scriptLocation("s3://scripts/slow.sql")));
    String runId = glue.startJobRun(r -> r.jobName("slow")).jobRunId();   // never released: only its Timeout ends it

    JobRun timedOut = awaitFinished("slow", runId);

    assertThat(timedOut.jobRunState()).isEqualTo(JobRunState.TIMEOUT);
    assertThat(timedOut.errorMessage()).isEqualTo("Job ran longer than its Timeout of 1 minute.");
    assertThat(timedOut.timeout()).isEqualTo(1);
    assertThat(LAUNCHER.launches).as("a TIMEOUT is not retried").doesNotContainKey(runId + "_attempt_1");
    // MaxConcurrentRuns 1: the timed-out run no longer holds the job's slot.
    String next = glue.startJobRun(r -> r.jobName("slow")).jobRunId();
    LAUNCHER.release(next);
    assertThat(awaitFinished("slow", next).jobRunState()).isEqualTo(JobRunState.SUCCEEDED);

    // StartJobRun's Timeout overrides the job's (2,880 minutes by default).
    createJob("patient", 1);
    String overridden = glue.startJobRun(r -> r.jobName("patient").timeout(2)).jobRunId();
    JobRun run = awaitFinished("patient", overridden);
    assertThat(run.jobRunState()).isEqualTo(JobRunState.TIMEOUT);
    assertThat(run.errorMessage()).isEqualTo("Job ran longer than its Timeout of 2 minutes.");
    assertThat(run.executionTime()).isLessThan(60);
  }

  @Test
  void maxRetries_retriesAFailedRun_asNewAttemptsOfIt() throws Exception {
    glue.createJob(r -> r.name("flaky").role("arn:aws:iam::000000000000:role/Job").maxRetries(1)
        .command(c -> c.name("glueetl").scriptLocation("s3://scripts/flaky.sql"))
        .defaultArguments(Map.of("--fail_with", "disk full")));
    String runId = glue.startJobRun(r -> r.jobName("flaky")).jobRunId();
    String retryId = runId + "_attempt_1";
    LAUNCHER.release(runId);
    LAUNCHER.release(retryId);

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<JobRun> runs = List.of();
    while (Instant.now().isBefore(deadline) && (runs.size() < 2 || runs.stream().anyMatch(r -> r.jobRunState()
        == JobRunState.RUNNING))) {
      Thread.sleep(50);
      runs = glue.getJobRuns(r -> r.jobName("flaky")).jobRuns();
    }

    assertThat(runs).extracting(JobRun::id, JobRun::attempt, JobRun::jobRunState).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(runId, 0, JobRunState.FAILED),
        org.assertj.core.groups.Tuple.tuple(retryId, 1, JobRunState.FAILED));
    JobRun retry = glue.getJobRun(r -> r.jobName("flaky").runId(retryId)).jobRun();
    assertThat(retry.previousRunId()).isEqualTo(runId);
    assertThat(retry.errorMessage()).isEqualTo("disk full");
    assertThat(LAUNCHER.launches.get(retryId).arguments()).containsEntry("--JOB_RUN_ID", retryId);
    assertThat(LAUNCHER.launches.get(retryId).attempt()).isEqualTo(1);
    assertThat(LAUNCHER.launches).as("MaxRetries 1: no third attempt").doesNotContainKey(runId + "_attempt_2");
  }
}
