package org.gluesuite.workflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gluesuite.common.Failures;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.Action;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;

/**
 * Runs one node of a workflow run on its own thread: waits for an action slot (WAITING), then runs the
 * job's attempts (a FAILED attempt is retried as a new attempt up to {@code MaxRetries}; TIMEOUT and
 * STOPPED are not) or the crawl, and posts the node to the run's completion queue whatever happens.
 */
final class NodeWorker implements Runnable {
  private final WorkflowEngine engine;
  private final RunExecution execution;
  private final NodeRef node;
  private final Action action;
  private final String startedBy;
  private final List<ActionAttempt> attempts = new ArrayList<>();
  private Instant nodeStarted;

  NodeWorker(WorkflowEngine engine, RunExecution execution, NodeRef node, Action action, String startedBy) {
    this.engine = engine;
    this.execution = execution;
    this.node = node;
    this.action = action;
    this.startedBy = startedBy;
  }

  @Override
  public void run() {
    boolean slot = false;
    try {
      engine.actionSlots().acquire();
      slot = true;
      nodeStarted = Instant.now();
      if (node.type() == NodeType.JOB) {
        runJob(execution.definition.job(node.name()).orElseThrow());
      } else {
        runCrawler();
      }
    } catch (InterruptedException e) {
      if (nodeStarted == null) {
        nodeStarted = Instant.now();
      }
      finish(JobRunState.STOPPED, "Stopped before it started: the workflow run was stopped.");
    } catch (RuntimeException | Error e) {
      if (nodeStarted == null) {
        nodeStarted = Instant.now();
      }
      finish(JobRunState.ERROR, "The engine could not run this node: " + e);
    } finally {
      if (slot) {
        engine.actionSlots().release();
      }
      execution.cancellers.remove(node);
      execution.completions.add(node);
    }
  }

  private void runJob(JobConfig job) {
    if (!engine.tryAcquireJob(job)) {
      finish(JobRunState.ERROR, WorkflowErrors.jobConcurrency(job.name(), job.maxConcurrentRuns()).getMessage());
      return;
    }
    try {
      String baseId = RunIds.jobRunId();
      int timeoutMinutes = action.timeoutMinutes() != null ? action.timeoutMinutes() : job.timeoutMinutes();
      Duration timeout = engine.timeout(timeoutMinutes);
      for (int attempt = 0; attempt <= job.maxRetries(); attempt++) {
        String id = attempt == 0 ? baseId : baseId + "_attempt_" + attempt;
        Map<String, String> args = WorkflowEngine.arguments(job, action, execution.definition.name(),
            execution.runId, id);
        JobLaunch launch = new JobLaunch(job, id, attempt, args, execution.properties(),
            execution.definition.directory());
        Instant started = Instant.now();
        running(WorkflowEngine.attempt(id, attempt, JobRunState.RUNNING, args, started, null, null), attempt);
        Outcome outcome = call(() -> engine.jobLauncher().run(launch), () -> engine.jobLauncher().cancel(launch),
            timeout, JobConfig.timedOutMessage(timeoutMinutes));
        attempts.set(attempts.size() - 1, WorkflowEngine.attempt(id, attempt, outcome.state, args, started,
            outcome.error, outcome.result));
        boolean retry = outcome.state == JobRunState.FAILED && attempt < job.maxRetries()
            && execution.status() == WorkflowRunStatus.RUNNING;
        if (!retry) {
          finish(outcome.state, outcome.error);
          return;
        }
      }
    } finally {
      engine.releaseJob(job);
    }
  }

  private void runCrawler() {
    String id = RunIds.crawlId();
    CrawlLaunch launch = new CrawlLaunch(node.name(), id, execution.properties());
    Instant started = Instant.now();
    running(WorkflowEngine.attempt(id, 0, JobRunState.RUNNING, Map.of(), started, null, null), 0);
    Outcome outcome = call(() -> {
      CrawlOutcome crawl = engine.crawlerLauncher().crawl(launch);
      Map<String, Object> results = new java.util.LinkedHashMap<>(crawl.results());
      results.put("tables", String.join(", ", crawl.tables()));
      results.put("partitions_added", crawl.partitionsAdded());
      return new JobOutcome(0, 0, 0, crawl.partitionsAdded(), crawl.tables(), results);
    }, () -> { }, null, null);
    attempts.set(0, WorkflowEngine.attempt(id, 0, outcome.state, Map.of(), started, outcome.error, outcome.result));
    finish(outcome.state, outcome.error);
  }

  private record Outcome(JobRunState state, String error, JobOutcome result) {
  }

  private Outcome call(java.util.concurrent.Callable<JobOutcome> work, Runnable cancel, Duration timeout,
      String timeoutMessage) {
    Future<JobOutcome> future = engine.threads().submit(work);
    execution.cancellers.put(node, () -> {
      future.cancel(true);
      cancel.run();
    });
    try {
      JobOutcome result = timeout == null ? future.get() : future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Outcome(JobRunState.SUCCEEDED, null, result);
    } catch (TimeoutException e) {
      future.cancel(true);
      cancel.run();
      return new Outcome(JobRunState.TIMEOUT, timeoutMessage, null);
    } catch (InterruptedException | CancellationException e) {
      future.cancel(true);
      cancel.run();
      return new Outcome(JobRunState.STOPPED, "Stopped: the workflow run was stopped.", null);
    } catch (ExecutionException e) {
      if (execution.status() != WorkflowRunStatus.RUNNING) {
        return new Outcome(JobRunState.STOPPED, "Stopped: the workflow run was stopped.", null);
      }
      if (e.getCause() instanceof JobFailure failure) {
        return new Outcome(JobRunState.FAILED, failure.getMessage(), failure.outcome());
      }
      return new Outcome(JobRunState.FAILED, Failures.describe(e.getCause()), null);
    }
  }

  private void running(ActionAttempt attempt, int number) {
    attempts.add(attempt);
    execution.update(new NodeRun(node.type(), node.name(), JobRunState.RUNNING, startedBy, null,
        nodeStarted.toString(), null, null, null, attempts));
    engine.save(execution);
    engine.listener().nodeStarted(execution.snapshot(), node, number);
  }

  private void finish(JobRunState state, String error) {
    Instant now = Instant.now();
    execution.update(new NodeRun(node.type(), node.name(), state, startedBy, null, nodeStarted.toString(),
        now.toString(), Duration.between(nodeStarted, now).toMillis(), error, attempts));
  }
}
