package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.EngineOptions;
import org.gluesuite.workflow.engine.JobOutcome;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.engine.WorkflowRunHandle;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with in-process fake jobs that take milliseconds; a Timeout "minute" is 100 ms here. */
class WorkflowEngineTest {
  @TempDir
  Path dir;

  private final FakeJobs jobs = new FakeJobs();
  private WorkflowEngine engine;

  private WorkflowEngine engine() {
    return engine(EngineOptions.DEFAULT);
  }

  private WorkflowEngine engine(EngineOptions options) {
    engine = WorkflowEngine.builder().jobLauncher(jobs)
        .store(new WorkflowRunStore(dir.resolve("runs")))
        .options(options.withTimeoutMinute(Duration.ofMillis(100)).withHeartbeat(Duration.ofMillis(50))).build();
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  private Definitions defs() {
    return Definitions.in(dir.resolve("defs")).workflow("{'Name': 'wf', 'DefaultRunProperties': {'p': 'default'}}");
  }

  private static JobRunState state(WorkflowRun run, String node) {
    return run.node(node).map(NodeRun::state).orElse(null);
  }

  @Test
  void and_firesOnlyWhenAllConditionsHold_any_whenOneDoes() {
    WorkflowDefinition d = defs().job("a", "").job("b", "").job("and-next", "").job("any-next", "")
        .start("a", "b")
        .when("all", "AND", new String[] {"a=SUCCEEDED", "b=SUCCEEDED"}, "and-next")
        .when("either", "ANY", new String[] {"a=SUCCEEDED", "b=SUCCEEDED"}, "any-next").load();
    jobs.fails("b", "b broke");

    WorkflowRun run = engine().run(d, Map.of());

    assertThat(run.status()).isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(state(run, "a")).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(state(run, "b")).isEqualTo(JobRunState.FAILED);
    assertThat(state(run, "and-next")).isNull();
    assertThat(state(run, "any-next")).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.node("b").orElseThrow().errorMessage()).isEqualTo("IllegalStateException: b broke");
    assertThat(run.triggers()).filteredOn(t -> t.name().equals("all")).allSatisfy(t -> assertThat(t.fired()).isFalse());
  }

  @Test
  void failureAndTimeoutBranches_runOnlyOnTheirState() {
    WorkflowDefinition d = defs().job("ok", "").job("slow", "'Timeout': 1").job("on-ok-failed", "")
        .job("on-timeout", "").job("on-slow-ok", "")
        .start("ok", "slow")
        .when("f", "ANY", new String[] {"ok=FAILED"}, "on-ok-failed")
        .when("t", "ANY", new String[] {"slow=TIMEOUT"}, "on-timeout")
        .when("s", "ANY", new String[] {"slow=SUCCEEDED"}, "on-slow-ok").load();
    jobs.sleeps("slow", 5_000);

    WorkflowRun run = engine().run(d, Map.of());

    assertThat(state(run, "slow")).isEqualTo(JobRunState.TIMEOUT);
    assertThat(run.node("slow").orElseThrow().errorMessage()).contains("Timeout of 1 minute");
    assertThat(state(run, "on-timeout")).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(state(run, "on-ok-failed")).isNull();
    assertThat(state(run, "on-slow-ok")).isNull();
    assertThat(run.statistics().timeoutActions()).isEqualTo(1);
    assertThat(run.statistics().succeededActions()).isEqualTo(2);
  }

  @Test
  void actionTimeout_overridesTheJobsTimeout() {
    WorkflowDefinition d = defs().job("slow", "'Timeout': 100")
        .trigger("start", "'Type': 'ON_DEMAND', 'Actions': [{'JobName': 'slow', 'Timeout': 2}]").load();
    jobs.sleeps("slow", 5_000);
    long t0 = System.nanoTime();
    WorkflowRun run = engine().run(d, Map.of());
    assertThat(state(run, "slow")).isEqualTo(JobRunState.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void maxRetries_runsNewAttempts_untilOneSucceeds() {
    WorkflowDefinition d = defs().job("flaky", "'MaxRetries': 2").job("never", "'MaxRetries': 1").start("flaky", "never")
        .load();
    AtomicInteger calls = new AtomicInteger();
    jobs.on("flaky", l -> {
      if (calls.incrementAndGet() < 3) {
        throw new IllegalStateException("attempt " + l.attempt() + " failed");
      }
      return JobOutcome.empty();
    }).fails("never", "always");

    WorkflowRun run = engine().run(d, Map.of());

    NodeRun flaky = run.node("flaky").orElseThrow();
    assertThat(flaky.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(flaky.attempts()).extracting(a -> a.attempt()).containsExactly(0, 1, 2);
    assertThat(flaky.attempts()).extracting(a -> a.state())
        .containsExactly(JobRunState.FAILED, JobRunState.FAILED, JobRunState.SUCCEEDED);
    assertThat(flaky.attempts().get(1).id()).isEqualTo(flaky.attempts().get(0).id() + "_attempt_1");
    assertThat(run.node("never").orElseThrow().attempts()).hasSize(2);
    assertThat(state(run, "never")).isEqualTo(JobRunState.FAILED);
  }

  @Test
  void arguments_followGluesPrecedence_andCarryTheWorkflowRun() {
    WorkflowDefinition d = defs().job("a", "'DefaultArguments': {'--d': 'default', '--o': 'default', '--n': "
            + "'default'}, 'NonOverridableArguments': {'--n': 'fixed'}")
        .trigger("start", "'Type': 'ON_DEMAND', 'Actions': [{'JobName': 'a', 'Arguments': {'--o': 'action', "
            + "'--n': 'action'}}]").load();

    WorkflowRun run = engine().run(d, Map.of());

    Map<String, String> args = jobs.launches.get(0).arguments();
    assertThat(args).containsEntry("--d", "default").containsEntry("--o", "action").containsEntry("--n", "fixed")
        .containsEntry("--WORKFLOW_NAME", "wf").containsEntry("--WORKFLOW_RUN_ID", run.workflowRunId())
        .containsEntry("--JOB_NAME", "a").containsEntry("--JOB_RUN_ID", jobs.launches.get(0).jobRunId());
    assertThat(run.node("a").orElseThrow().attempts().get(0).arguments()).containsEntry("--n", "fixed");
  }

  @Test
  void runProperties_startFromDefaultsAndOverrides_andPassBetweenJobs() {
    WorkflowDefinition d = defs().job("producer", "").job("consumer", "").start("producer")
        .when("next", "AND", new String[] {"producer=SUCCEEDED"}, "consumer").load();
    jobs.on("producer", l -> {
      l.runProperties().put(Map.of("handoff", "from-producer:" + l.runProperties().get().get("p")));
      return JobOutcome.empty();
    });
    String[] seen = new String[1];
    jobs.on("consumer", l -> {
      seen[0] = l.runProperties().get().get("handoff");
      return JobOutcome.empty();
    });

    WorkflowRun run = engine().run(d, Map.of("p", "given"));

    assertThat(seen[0]).isEqualTo("from-producer:given");
    assertThat(run.workflowRunProperties()).containsEntry("p", "given").containsEntry("handoff", "from-producer:given");
    WorkflowRun stored = engine.store().find(run.workflowRunId()).orElseThrow();
    assertThat(stored.workflowRunProperties()).containsEntry("handoff", "from-producer:given");
    assertThat(engine.find("wf", run.workflowRunId())).as("properties live only while the run does").isEmpty();
  }

  @Test
  void resume_rerunsOnlyTheChosenNodesAndWhatIsDownstream_asANewRun() {
    WorkflowDefinition d = defs().job("a", "").job("b", "").job("c", "").job("d", "")
        .start("a", "b")
        .when("after-b", "AND", new String[] {"b=SUCCEEDED"}, "c")
        .when("after-a-c", "AND", new String[] {"a=SUCCEEDED", "c=SUCCEEDED"}, "d").load();
    jobs.fails("b", "first time");
    WorkflowRun first = engine().run(d, Map.of("p", "kept"));
    assertThat(state(first, "b")).isEqualTo(JobRunState.FAILED);
    assertThat(state(first, "c")).isNull();
    jobs.launches.clear();
    jobs.on("b", l -> JobOutcome.empty());

    WorkflowRun resumed = engine.resume(d, first.workflowRunId(), List.of("b")).result().join();

    assertThat(resumed.workflowRunId()).isNotEqualTo(first.workflowRunId());
    assertThat(resumed.previousRunId()).isEqualTo(first.workflowRunId());
    assertThat(jobs.launchedJobs()).containsExactly("b", "c", "d");
    assertThat(resumed.node("a").orElseThrow().carriedFromRunId()).isEqualTo(first.workflowRunId());
    assertThat(List.of(state(resumed, "b"), state(resumed, "c"), state(resumed, "d")))
        .containsOnly(JobRunState.SUCCEEDED);
    assertThat(resumed.workflowRunProperties()).containsEntry("p", "kept");
    assertThat(resumed.statistics().totalActions()).isEqualTo(3);
    assertThatThrownBy(() -> engine.resume(d, first.workflowRunId(), List.of("zzz")))
        .hasMessageContaining("no job or crawler node 'zzz'");
  }

  @Test
  void workflowMaxConcurrentRuns_refusesOneTooMany_withAClearError() throws Exception {
    WorkflowDefinition d = Definitions.in(dir.resolve("defs")).workflow("{'Name': 'wf', 'MaxConcurrentRuns': 1}")
        .job("a", "").start("a").load();
    CountDownLatch release = new CountDownLatch(1);
    jobs.on("a", l -> {
      release.await(5, TimeUnit.SECONDS);
      return JobOutcome.empty();
    });
    WorkflowRunHandle first = engine().start(d, Map.of());

    assertThatThrownBy(() -> engine.start(d, Map.of()))
        .isInstanceOf(WorkflowException.ConcurrentRunsExceededException.class)
        .hasMessageContaining("allows 1 concurrent run").hasMessageContaining(first.runId())
        .hasMessageContaining("MaxConcurrentRuns").hasMessageContaining("WorkflowEngine.stop(runId)")
        .hasMessageNotContaining("./glue-suite");
    release.countDown();
    assertThat(first.result().get(5, TimeUnit.SECONDS).status()).isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(engine.run(d, Map.of()).status()).isEqualTo(WorkflowRunStatus.COMPLETED);
  }

  @Test
  void jobMaxConcurrentRuns_errorsTheExtraRun_withAClearError() throws Exception {
    WorkflowDefinition d = Definitions.in(dir.resolve("defs")).workflow("{'Name': 'wf', 'MaxConcurrentRuns': 2}")
        .job("a", "'ExecutionProperty': {'MaxConcurrentRuns': 1}").start("a").load();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    jobs.on("a", l -> {
      started.countDown();
      release.await(5, TimeUnit.SECONDS);
      return JobOutcome.empty();
    });
    WorkflowRunHandle first = engine().start(d, Map.of());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    WorkflowRun second = engine.run(d, Map.of());
    release.countDown();

    assertThat(state(second, "a")).isEqualTo(JobRunState.ERROR);
    assertThat(second.node("a").orElseThrow().errorMessage()).contains("ConcurrentRunsExceededException")
        .contains("job 'a' already has 1 run");
    assertThat(second.statistics().erroredActions()).isEqualTo(1);
    assertThat(state(first.result().get(5, TimeUnit.SECONDS), "a")).isEqualTo(JobRunState.SUCCEEDED);
  }

  @Test
  void independentBranches_runConcurrently_withinTheLimit_othersWait() throws Exception {
    WorkflowDefinition d = defs().job("a", "").job("b", "").job("c", "").start("a", "b", "c").load();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    FakeJobs.Behaviour measure = l -> {
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(150);
      running.decrementAndGet();
      return JobOutcome.empty();
    };
    jobs.on("a", measure).on("b", measure).on("c", measure);

    WorkflowRun run = engine(EngineOptions.DEFAULT.withMaxParallelActions(2)).run(d, Map.of());

    assertThat(peak.get()).isEqualTo(2);
    assertThat(run.statistics().succeededActions()).isEqualTo(3);
  }

  @Test
  void stop_stopsRunningNodes_andFiresNothingMore() throws Exception {
    WorkflowDefinition d = defs().job("long", "").job("after", "").job("on-stop", "").start("long")
        .when("next", "ANY", new String[] {"long=SUCCEEDED"}, "after")
        .when("stopped", "ANY", new String[] {"long=STOPPED"}, "on-stop").load();
    CountDownLatch started = new CountDownLatch(1);
    jobs.on("long", l -> {
      started.countDown();
      Thread.sleep(10_000);
      return JobOutcome.empty();
    });
    WorkflowRunHandle handle = engine().start(d, Map.of());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    engine.stop(handle.runId());
    WorkflowRun run = handle.result().get(5, TimeUnit.SECONDS);

    assertThat(run.status()).isEqualTo(WorkflowRunStatus.STOPPED);
    assertThat(state(run, "long")).isEqualTo(JobRunState.STOPPED);
    assertThat(state(run, "after")).isNull();
    assertThat(state(run, "on-stop")).isNull();
    assertThat(run.statistics().stoppedActions()).isEqualTo(1);
  }

  @Test
  void stopRequestFromAnotherProcess_isHonouredThroughTheStore() throws Exception {
    WorkflowDefinition d = defs().job("long", "").start("long").load();
    CountDownLatch started = new CountDownLatch(1);
    jobs.on("long", l -> {
      started.countDown();
      Thread.sleep(10_000);
      return JobOutcome.empty();
    });
    WorkflowRunHandle handle = engine().start(d, Map.of());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    WorkflowRunStore other = new WorkflowRunStore(dir.resolve("runs"));
    other.requestStop(other.find(handle.runId()).orElseThrow());

    assertThat(handle.result().get(5, TimeUnit.SECONDS).status()).isEqualTo(WorkflowRunStatus.STOPPED);
  }

  @Test
  void statistics_countEveryKindOfOutcome() {
    WorkflowDefinition d = defs().job("ok", "").job("bad", "").job("slow", "'Timeout': 1").job("never", "")
        .start("ok", "bad", "slow").when("n", "AND", new String[] {"ok=FAILED"}, "never").load();
    jobs.fails("bad", "x").sleeps("slow", 3_000);

    WorkflowRun run = engine().run(d, Map.of());

    assertThat(run.statistics()).satisfies(s -> {
      assertThat(s.totalActions()).isEqualTo(3);
      assertThat(s.succeededActions()).isEqualTo(1);
      assertThat(s.failedActions()).isEqualTo(1);
      assertThat(s.timeoutActions()).isEqualTo(1);
      assertThat(s.runningActions()).isZero();
      assertThat(s.waitingActions()).isZero();
      assertThat(s.allSucceeded()).isFalse();
    });
    assertThat(run.status()).as("a run with failed nodes is still COMPLETED, as in Glue")
        .isEqualTo(WorkflowRunStatus.COMPLETED);
  }

  @Test
  void history_isKeptInTheWorkspace_andSurvivesANewEngine() {
    WorkflowDefinition d = defs().job("a", "").start("a").load();
    WorkflowRun run = engine().run(d, Map.of());
    engine.close();

    WorkflowRunStore reopened = new WorkflowRunStore(dir.resolve("runs"));
    assertThat(reopened.list("wf")).extracting(WorkflowRun::workflowRunId).containsExactly(run.workflowRunId());
    assertThat(reopened.find(run.workflowRunId()).orElseThrow().status()).isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(Path.of(run.report())).isRegularFile();
  }
}
