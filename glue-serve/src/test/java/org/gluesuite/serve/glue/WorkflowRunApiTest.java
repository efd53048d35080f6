package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.ServeFixture;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.JobOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.IllegalWorkflowStateException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.Node;
import software.amazon.awssdk.services.glue.model.TriggerType;
import software.amazon.awssdk.services.glue.model.WorkflowRun;
import software.amazon.awssdk.services.glue.model.WorkflowRunStatus;

/**
 * Glue's workflow run operations through the AWS SDK v2 against {@code glue-suite serve}: runs really go through the
 * workflow engine (triggers fire on the node states the launcher reports; a crawler node crawls the lake), with the
 * graph's job runs and crawls, statistics, run properties the jobs see, resume, stop and Glue's errors. The launcher
 * stands in for Spark ({@code ServeWorkflowRunTest} in the CLI module runs the air-quality workflow on Spark).
 */
class WorkflowRunApiTest {
  @TempDir
  static Path workspace;
  private static final ScriptedLauncher LAUNCHER = new ScriptedLauncher();
  private static GlueSuiteServe serve;
  private static GlueClient glue;

  /**
   * Runs each job at once, unless its arguments say otherwise: {@code --fail_with MESSAGE} fails it,
   * {@code --hold KEY} waits until the test releases KEY, {@code --put_property K=V} writes a run property. Keeps every
   * launch and the run properties each saw when it started.
   */
  static final class ScriptedLauncher implements JobLauncher {
    final Map<String, JobLaunch> launches = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> propertiesSeen = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

    @Override
    public JobOutcome run(JobLaunch launch) throws Exception {
      launches.put(launch.jobRunId(), launch);
      String hold = launch.arguments().get("--hold");
      if (hold != null) {
        latch(hold).await();
      }
      propertiesSeen.put(launch.jobRunId(), launch.runProperties().get());
      String put = launch.arguments().get("--put_property");
      if (put != null) {
        launch.runProperties().put(Map.of(put.split("=")[0], put.split("=")[1]));
      }
      if (launch.arguments().containsKey("--fail_with")) {
        throw new IllegalStateException(launch.arguments().get("--fail_with"));
      }
      return JobOutcome.empty();
    }

    CountDownLatch latch(String key) {
      return holds.computeIfAbsent(key, k -> new CountDownLatch(1));
    }

    void release(String key) {
      latch(key).countDown();
    }

    JobLaunch launchOf(String job, String workflowRunId) {
      return launches.values().stream().filter(l -> l.job().name().equals(job)
          && workflowRunId.equals(l.arguments().get("--WORKFLOW_RUN_ID"))).findFirst().orElseThrow();
    }
  }

  @BeforeAll
  static void start() throws IOException {
    Path crawlers = workspace.resolve("crawler-definitions");
    Files.createDirectories(crawlers);
    Files.writeString(crawlers.resolve("readings.json"), "{\"Name\": \"readings\", \"Role\": \"r\", \"DatabaseName\":"
        + " \"sensors\", \"Targets\": {\"S3Targets\": [{\"Path\": \"s3://sensors/raw/readings\"}]}}");
    Path lake = workspace.resolve("lake/sensors/raw/readings");
    Files.createDirectories(lake);
    Files.writeString(lake.resolve("part-1.json"), "{\"station\": \"a\", \"no2\": 21.5}\n");
    serve = GlueSuiteServe.start(workspace.resolve("catalog"), CrawlContext.forWorkspace(workspace, crawlers),
        LAUNCHER, workspace.resolve("definitions"), ServeSettings.anyPort(ServeFixture.PRINCIPAL));
    glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri()).region("eu-west-1")
        .staticCredentials(ServeFixture.ACCESS_KEY, ServeFixture.SECRET_KEY).maxAttempts(1).build()).glue();
    glue.createDatabase(r -> r.databaseInput(d -> d.name("sensors")));
  }

  @AfterAll
  static void stop() {
    LAUNCHER.holds.values().forEach(CountDownLatch::countDown);
    glue.close();
    serve.close();
  }

  /** A workflow: start → crawler readings → job NAME-clean (with {@code cleanArguments}) → NAME-train. */
  private static void createWorkflow(String name, int maxConcurrentRuns, Map<String, String> cleanArguments) {
    WorkflowApiTest.createJob(glue, name + "-clean");
    WorkflowApiTest.createJob(glue, name + "-train");
    glue.createWorkflow(r -> r.name(name).maxConcurrentRuns(maxConcurrentRuns)
        .defaultRunProperties(Map.of("city", "Valmora", "days", "7")));
    glue.createTrigger(r -> r.name(name + "-start").workflowName(name).type(TriggerType.ON_DEMAND)
        .actions(a -> a.crawlerName("readings")));
    glue.createTrigger(r -> r.name(name + "-after-crawl").workflowName(name).type(TriggerType.CONDITIONAL)
        .predicate(p -> p.conditions(c -> c.logicalOperator("EQUALS").crawlerName("readings").crawlState("SUCCEEDED")))
        .actions(a -> a.jobName(name + "-clean").arguments(cleanArguments)));
    glue.createTrigger(r -> r.name(name + "-after-clean").workflowName(name).type(TriggerType.CONDITIONAL)
        .predicate(p -> p.conditions(c -> c.logicalOperator("EQUALS").jobName(name + "-clean").state("SUCCEEDED")))
        .actions(a -> a.jobName(name + "-train")));
  }

  private static WorkflowRun awaitStatus(String workflow, String runId, WorkflowRunStatus... statuses)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    WorkflowRun run = null;
    while (Instant.now().isBefore(deadline)) {
      run = glue.getWorkflowRun(r -> r.name(workflow).runId(runId).includeGraph(true)).run();
      if (List.of(statuses).contains(run.status())) {
        return run;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("workflow run " + runId + " is " + (run == null ? null : run.status()) + " after 60 s");
  }

  private static Node node(WorkflowRun run, String name) {
    return run.graph().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void startWorkflowRun_runsTheGraphThroughTheEngine_toCompleted() throws Exception {
    createWorkflow("hourly", 1, Map.of("--days", "1", "--put_property", "rows=42"));

    String runId = glue.startWorkflowRun(r -> r.name("hourly").runProperties(Map.of("days", "30"))).runId();
    WorkflowRun run = awaitStatus("hourly", runId, WorkflowRunStatus.COMPLETED);

    assertThat(run.statistics().totalActions()).isEqualTo(3);
    assertThat(run.statistics().succeededActions()).isEqualTo(3);
    assertThat(run.statistics().failedActions()).isZero();
    assertThat(run.completedOn()).isAfterOrEqualTo(run.startedOn());
    assertThat(run.workflowRunProperties()).containsEntry("city", "Valmora").containsEntry("days", "30")
        .containsEntry("rows", "42");
    JobRun clean = node(run, "hourly-clean").jobDetails().jobRuns().get(0);
    assertThat(clean.jobRunStateAsString()).isEqualTo("SUCCEEDED");
    assertThat(clean.triggerName()).isEqualTo("hourly-after-crawl");
    assertThat(clean.arguments()).containsEntry("--days", "1").containsEntry("--WORKFLOW_RUN_ID", runId);
    assertThat(node(run, "readings").crawlerDetails().crawls().get(0).stateAsString()).isEqualTo("SUCCEEDED");
    assertThat(glue.getTable(r -> r.databaseName("sensors").name("readings")).table().storageDescriptor().columns())
        .as("the crawler node really crawled the lake").isNotEmpty();
    assertThat(node(run, "hourly-after-clean").triggerDetails().trigger().predicate().conditions().get(0).jobName())
        .isEqualTo("hourly-clean");
    assertThat(LAUNCHER.propertiesSeen.get(LAUNCHER.launchOf("hourly-train", runId).jobRunId()))
        .as("a later job sees the property an earlier one put").containsEntry("rows", "42");
    assertThat(glue.getWorkflow(r -> r.name("hourly")).workflow().lastRun().workflowRunId()).isEqualTo(runId);
    assertThat(glue.getWorkflowRuns(r -> r.name("hourly")).runs()).extracting(WorkflowRun::workflowRunId)
        .contains(runId);
    assertThat(glue.getWorkflowRunProperties(r -> r.name("hourly").runId(runId)).runProperties())
        .containsEntry("rows", "42");
  }

  @Test
  void aFailedJob_leavesTheRunCompleted_withItsFailureCounted_andResumeRerunsFromIt() throws Exception {
    createWorkflow("daily", 1, Map.of("--fail_with", "no readings for Valmora"));

    String runId = glue.startWorkflowRun(r -> r.name("daily")).runId();
    WorkflowRun run = awaitStatus("daily", runId, WorkflowRunStatus.COMPLETED);

    assertThat(run.statistics().failedActions()).isEqualTo(1);
    assertThat(run.statistics().succeededActions()).isEqualTo(1);
    assertThat(run.statistics().totalActions()).isEqualTo(2);
    JobRun failed = node(run, "daily-clean").jobDetails().jobRuns().get(0);
    assertThat(failed.jobRunStateAsString()).isEqualTo("FAILED");
    assertThat(failed.errorMessage()).contains("no readings for Valmora");
    assertThat(node(run, "daily-train").jobDetails().jobRuns()).as("never started").isEmpty();

    glue.updateTrigger(r -> r.name("daily-after-crawl").triggerUpdate(u -> u.actions(a -> a.jobName("daily-clean"))));
    String cleanId = node(run, "daily-clean").uniqueId();
    var resumed = glue.resumeWorkflowRun(r -> r.name("daily").runId(runId).nodeIds(cleanId));
    assertThat(resumed.nodeIds()).containsExactly(cleanId);
    WorkflowRun second = awaitStatus("daily", resumed.runId(), WorkflowRunStatus.COMPLETED);
    assertThat(second.previousRunId()).isEqualTo(runId);
    assertThat(second.statistics().succeededActions()).as("clean and train rerun; the crawl is carried over")
        .isEqualTo(2);
    assertThat(second.statistics().totalActions()).isEqualTo(2);

    assertThatThrownBy(() -> glue.resumeWorkflowRun(r -> r.name("daily").runId(runId).nodeIds("trigger_daily-start")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a trigger node");
    assertThatThrownBy(() -> glue.resumeWorkflowRun(r -> r.name("daily").runId(runId).nodeIds("job_nothing")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("no job or crawler node 'nothing'");
  }

  @Test
  void maxConcurrentRuns_putProperties_andStop() throws Exception {
    createWorkflow("held", 1, Map.of("--hold", "held"));

    String runId = glue.startWorkflowRun(r -> r.name("held")).runId();
    assertThat(glue.getWorkflowRun(r -> r.name("held").runId(runId)).run().status())
        .isEqualTo(WorkflowRunStatus.RUNNING);
    assertThatThrownBy(() -> glue.startWorkflowRun(r -> r.name("held")))
        .isInstanceOf(ConcurrentRunsExceededException.class).hasMessageContaining("allows 1 concurrent run");
    awaitNodeRunning("held", runId, "held-clean");
    glue.putWorkflowRunProperties(r -> r.name("held").runId(runId).runProperties(Map.of("threshold", "40")));
    assertThat(glue.getWorkflowRunProperties(r -> r.name("held").runId(runId)).runProperties())
        .containsEntry("threshold", "40").containsEntry("city", "Valmora");
    LAUNCHER.release("held");
    WorkflowRun done = awaitStatus("held", runId, WorkflowRunStatus.COMPLETED);
    assertThat(LAUNCHER.propertiesSeen.get(LAUNCHER.launchOf("held-clean", runId).jobRunId()))
        .as("the job reads what PutWorkflowRunProperties put while it ran").containsEntry("threshold", "40");
    assertThat(done.statistics().succeededActions()).isEqualTo(3);
    assertThatThrownBy(() -> glue.putWorkflowRunProperties(r -> r.name("held").runId(runId)
        .runProperties(Map.of("late", "1")))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is COMPLETED and not running");

    glue.updateTrigger(r -> r.name("held-after-crawl").triggerUpdate(u -> u.actions(a -> a.jobName("held-clean")
        .arguments(Map.of("--hold", "never")))));
    String stopping = glue.startWorkflowRun(r -> r.name("held")).runId();
    awaitNodeRunning("held", stopping, "held-clean");
    glue.stopWorkflowRun(r -> r.name("held").runId(stopping));
    WorkflowRun stopped = awaitStatus("held", stopping, WorkflowRunStatus.STOPPED);
    assertThat(stopped.statistics().stoppedActions()).isEqualTo(1);
    assertThatThrownBy(() -> glue.stopWorkflowRun(r -> r.name("held").runId(stopping)))
        .isInstanceOf(IllegalWorkflowStateException.class).hasMessageContaining("not RUNNING");
  }

  private static void awaitNodeRunning(String workflow, String runId, String job) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      WorkflowRun run = glue.getWorkflowRun(r -> r.name(workflow).runId(runId).includeGraph(true)).run();
      List<JobRun> runs = node(run, job).jobDetails().jobRuns();
      if (!runs.isEmpty() && runs.get(0).jobRunStateAsString().equals("RUNNING")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(job + " of run " + runId + " did not start within 30 s");
  }

  @Test
  void unknownWorkflowsAndRuns_areEntityNotFound() {
    assertThatThrownBy(() -> glue.startWorkflowRun(r -> r.name("nowhere"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("no workflow named 'nowhere'");
    createWorkflow("lonely", 1, Map.of());
    assertThatThrownBy(() -> glue.getWorkflowRun(r -> r.name("lonely").runId("wr_none")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("no workflow run 'wr_none'");
    glue.createWorkflow(r -> r.name("empty"));
    assertThatThrownBy(() -> glue.startWorkflowRun(r -> r.name("empty"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exactly one start trigger");
  }
}
