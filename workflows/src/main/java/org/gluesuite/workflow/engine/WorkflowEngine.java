package org.gluesuite.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluesuite.common.args.ArgumentPrecedence;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.common.run.WorkflowRunPropertiesProvider;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.Action;
import org.gluesuite.workflow.definition.Condition;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.definition.Logical;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;
import org.gluesuite.workflow.definition.TriggerConfig;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.report.RunReport;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import org.gluesuite.workflow.run.WorkflowRunStore;

/**
 * Runs Glue workflows: starts the start trigger's actions, fires each conditional trigger once when its
 * predicate holds for node runs of the same workflow run, and records the run (history, statistics, run
 * properties, report) in the {@link WorkflowRunStore}. Jobs and crawlers run through {@link JobLauncher}
 * and {@link CrawlerLauncher}; independent branches run concurrently, at most
 * {@link EngineOptions#maxParallelActions()} at a time (the rest WAITING).
 */
public final class WorkflowEngine implements WorkflowRunPropertiesProvider, AutoCloseable {
  private final JobLauncher jobs;
  private final CrawlerLauncher crawlers;
  private final WorkflowRunStore store;
  private final WorkflowListener listener;
  private final EngineOptions options;
  private final Semaphore actionSlots;
  private final Map<String, AtomicInteger> runningJobs = new ConcurrentHashMap<>();
  private final Map<String, RunExecution> live = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());

  private WorkflowEngine(Builder builder) {
    this.jobs = Objects.requireNonNull(builder.jobs, "jobLauncher");
    this.crawlers = builder.crawlers;
    this.store = Objects.requireNonNull(builder.store, "store");
    this.listener = builder.listener;
    this.options = builder.options;
    this.actionSlots = new Semaphore(options.maxParallelActions(), true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a run of {@code definition} (as its start trigger would) and waits for it to finish. */
  public WorkflowRun run(WorkflowDefinition definition, Map<String, String> properties) {
    return start(definition, properties).result().join();
  }

  /** Starts a run and returns at once; the handle has its id and its final record. */
  public WorkflowRunHandle start(WorkflowDefinition definition, Map<String, String> properties) {
    checkRunnable(definition);
    Map<String, String> merged = new LinkedHashMap<>(definition.workflow().defaultRunProperties());
    merged.putAll(properties);
    TriggerConfig start = definition.startTrigger();
    RunExecution execution = admit(definition, null, merged);
    execution.markFired(start.name());
    Map<NodeRef, Action> first = WorkflowDefinition.actionsByNode(start);
    return launch(execution, first, start.name());
  }

  /**
   * Glue's {@code ResumeWorkflowRun}: a new run (PreviousRunId = {@code previousRunId}) that reruns the
   * chosen job/crawler nodes and everything downstream of them; the other nodes keep their results.
   */
  public WorkflowRunHandle resume(WorkflowDefinition definition, String previousRunId, List<String> nodeNames) {
    checkRunnable(definition);
    WorkflowRun previous = store.find(previousRunId)
        .orElseThrow(() -> WorkflowErrors.noSuchRun(previousRunId, store.root().toString()));
    if (previous.status() != WorkflowRunStatus.COMPLETED && previous.status() != WorkflowRunStatus.ERROR) {
      throw WorkflowErrors.notResumable(previousRunId, previous.status().name());
    }
    Map<String, NodeRef> byName = new LinkedHashMap<>();
    definition.nodes().forEach(n -> byName.put(n.name(), n));
    Set<NodeRef> chosen = new LinkedHashSet<>();
    for (String name : nodeNames) {
      NodeRef ref = byName.get(name);
      if (ref == null) {
        throw WorkflowErrors.noSuchNode(name, previousRunId, byName.keySet());
      }
      chosen.add(ref);
    }
    Set<NodeRef> rerun = definition.downstreamOf(chosen);
    RunExecution execution = admit(definition, previousRunId, previous.workflowRunProperties());
    for (NodeRun node : previous.nodes()) {
      if (!rerun.contains(node.ref()) && node.started()) {
        execution.update(new NodeRun(node.type(), node.name(), node.state(), node.startedBy(),
            node.carriedFromRunId() == null ? previousRunId : node.carriedFromRunId(), node.startedOn(),
            node.completedOn(), node.executionTimeMillis(), node.errorMessage(), node.attempts()));
      }
    }
    previous.triggers().stream().filter(t -> t.fired() && rerun.stream().noneMatch(n -> t.actions()
        .contains(n.name()))).forEach(t -> execution.markFired(t.name()));
    Map<NodeRef, Action> first = new LinkedHashMap<>();
    for (NodeRef node : chosen) {
      first.put(node, actionFor(definition, node));
    }
    return launch(execution, first, "resume of " + previousRunId);
  }

  /** Stops a run of this engine; a run of another process is asked to stop through the store. */
  public WorkflowRun stop(String runId) {
    RunExecution execution = live.get(runId);
    if (execution != null) {
      stopExecution(execution);
      return execution.snapshot();
    }
    WorkflowRun run = store.find(runId).orElseThrow(() -> WorkflowErrors.noSuchRun(runId, store.root().toString()));
    if (run.status() != WorkflowRunStatus.RUNNING) {
      throw WorkflowErrors.notRunning(runId, run.status().name());
    }
    store.requestStop(run);
    return run;
  }

  @Override
  public Optional<WorkflowRunProperties> find(String workflowName, String runId) {
    RunExecution execution = live.get(runId);
    return execution != null && execution.definition.name().equals(workflowName)
        ? Optional.of(execution.properties()) : Optional.empty();
  }

  public WorkflowRunStore store() {
    return store;
  }

  @Override
  public void close() {
    live.values().forEach(this::stopExecution);
    threads.shutdownNow();
  }

  private void checkRunnable(WorkflowDefinition definition) {
    DefinitionProblems problems = new DefinitionProblems();
    for (JobConfig job : definition.jobs().values()) {
      jobs.unsupportedReason(job).ifPresent(why -> problems.add(job.sourceFile(), "$.Command", why));
    }
    for (NodeRef node : definition.nodes()) {
      if (node.type() == NodeType.CRAWLER && !crawlers.crawlerNames().contains(node.name())) {
        problems.add("triggers/", "$.Actions", "crawler '" + node.name() + "' is not known here (known: "
            + crawlers.crawlerNames() + ")");
      }
    }
    WorkflowErrors.throwIfInvalid(definition.directory().toString(), problems);
  }

  /** Enforces the workflow's MaxConcurrentRuns over live runs of any process, then registers the run. */
  private synchronized RunExecution admit(WorkflowDefinition definition, String previousRunId,
      Map<String, String> properties) {
    Integer max = definition.workflow().maxConcurrentRuns();
    if (max != null) {
      Set<String> running = new LinkedHashSet<>();
      live.values().stream().filter(e -> e.definition.name().equals(definition.name()) && e.status().active())
          .forEach(e -> running.add(e.runId));
      store.list(definition.name()).stream().filter(r -> r.status().active())
          .forEach(r -> running.add(r.workflowRunId()));
      if (running.size() >= max) {
        throw WorkflowErrors.workflowConcurrency(definition.name(), max, running);
      }
    }
    String runId = RunIds.workflowRunId();
    RunExecution[] holder = new RunExecution[1];
    RunExecution execution = new RunExecution(definition, runId, previousRunId, properties,
        () -> save(holder[0]));
    holder[0] = execution;
    live.put(runId, execution);
    save(execution);
    return execution;
  }

  private WorkflowRunHandle launch(RunExecution execution, Map<NodeRef, Action> first, String startedBy) {
    CompletableFuture<WorkflowRun> result = CompletableFuture.supplyAsync(() -> coordinate(execution, first,
        startedBy), threads);
    return new WorkflowRunHandle(execution.runId, result);
  }

  private WorkflowRun coordinate(RunExecution execution, Map<NodeRef, Action> first, String startedBy) {
    listener.runStarted(execution.snapshot());
    int inFlight = 0;
    Set<NodeRef> started = new HashSet<>();
    try {
      for (Map.Entry<NodeRef, Action> action : first.entrySet()) {
        if (started.add(action.getKey())) {
          startNode(execution, action.getKey(), action.getValue(), startedBy);
          inFlight++;
        }
      }
      Instant nextBeat = Instant.now().plus(options.heartbeat());
      while (inFlight > 0) {
        NodeRef done = execution.completions.poll(options.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        if (!Instant.now().isBefore(nextBeat)) {
          save(execution);
          if (store.stopRequested(execution.definition.name(), execution.runId)) {
            stopExecution(execution);
          }
          nextBeat = Instant.now().plus(options.heartbeat());
        }
        if (done == null) {
          continue;
        }
        inFlight--;
        listener.nodeFinished(execution.snapshot(), execution.node(done));
        if (execution.status() != WorkflowRunStatus.RUNNING) {
          continue;
        }
        for (TriggerConfig trigger : execution.definition.conditionalTriggers()) {
          if (trigger.watchedNodes().contains(done) && holds(trigger, execution) && execution.markFired(trigger.name())) {
            listener.triggerFired(execution.snapshot(), trigger.name());
            for (Action action : trigger.actions()) {
              if (started.add(action.node())) {
                startNode(execution, action.node(), action, trigger.name());
                inFlight++;
              }
            }
          }
        }
        save(execution);
      }
      boolean stopped = execution.status() == WorkflowRunStatus.STOPPING;
      execution.finish(stopped ? WorkflowRunStatus.STOPPED : WorkflowRunStatus.COMPLETED, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopExecution(execution);
      execution.finish(WorkflowRunStatus.ERROR, "The engine was interrupted before the run finished.");
    } catch (RuntimeException e) {
      stopExecution(execution);
      execution.finish(WorkflowRunStatus.ERROR, "The engine failed: " + e);
    } finally {
      live.remove(execution.runId);
      store.clearStopRequest(execution.definition.name(), execution.runId);
    }
    return finish(execution);
  }

  private WorkflowRun finish(RunExecution execution) {
    Path report = store.reportPath(execution.definition.name(), execution.runId);
    execution.report(report.toString());
    WorkflowRun run = execution.snapshot();
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, RunReport.html(run));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the run report " + report + ": " + e.getMessage(), e);
    }
    store.save(run);
    listener.runFinished(run);
    return run;
  }

  private static boolean holds(TriggerConfig trigger, RunExecution execution) {
    List<Condition> conditions = trigger.predicate().conditions();
    if (trigger.predicate().logical() == Logical.ANY) {
      return conditions.stream().anyMatch(c -> satisfied(c, execution.node(c.node())));
    }
    return conditions.stream().allMatch(c -> satisfied(c, execution.node(c.node())));
  }

  private static boolean satisfied(Condition condition, NodeRun node) {
    if (node == null || !node.finished()) {
      return false;
    }
    return condition.jobState() != null ? node.state() == condition.jobState()
        : node.crawlState() == condition.crawlState();
  }

  private static Action actionFor(WorkflowDefinition definition, NodeRef node) {
    for (TriggerConfig trigger : definition.triggers()) {
      Action action = WorkflowDefinition.actionsByNode(trigger).get(node);
      if (action != null) {
        return action;
      }
    }
    return new Action(node, Map.of(), null, null);
  }

  private void startNode(RunExecution execution, NodeRef node, Action action, String startedBy) {
    execution.update(new NodeRun(node.type(), node.name(), JobRunState.WAITING, startedBy, null, null, null, null,
        null, List.of()));
    NodeWorker worker = new NodeWorker(this, execution, node, action, startedBy);
    execution.workers.put(node, threads.submit(worker));
  }

  private void stopExecution(RunExecution execution) {
    if (!execution.status().active()) {
      return;
    }
    execution.stopping();
    execution.cancellers.values().forEach(Runnable::run);
    execution.workers.values().forEach(f -> f.cancel(true));
    save(execution);
  }

  void save(RunExecution execution) {
    store.save(execution.snapshot());
  }

  // Package-private services for NodeWorker.

  JobLauncher jobLauncher() {
    return jobs;
  }

  CrawlerLauncher crawlerLauncher() {
    return crawlers;
  }

  WorkflowListener listener() {
    return listener;
  }

  Semaphore actionSlots() {
    return actionSlots;
  }

  ExecutorService threads() {
    return threads;
  }

  Duration timeout(int minutes) {
    return options.timeoutMinute().multipliedBy(minutes);
  }

  boolean tryAcquireJob(JobConfig job) {
    AtomicInteger running = runningJobs.computeIfAbsent(job.name(), k -> new AtomicInteger());
    while (true) {
      int now = running.get();
      if (now >= job.maxConcurrentRuns()) {
        return false;
      }
      if (running.compareAndSet(now, now + 1)) {
        return true;
      }
    }
  }

  void releaseJob(JobConfig job) {
    runningJobs.get(job.name()).decrementAndGet();
  }

  static Map<String, String> arguments(JobConfig job, Action action, String workflow, String runId, String jobRunId) {
    Map<String, String> merged = new LinkedHashMap<>(ArgumentPrecedence.resolve(job.defaultArguments(),
        action.arguments(), job.nonOverridableArguments()));
    merged.put("--JOB_NAME", job.name());
    merged.put("--JOB_RUN_ID", jobRunId);
    merged.put("--WORKFLOW_NAME", workflow);
    merged.put("--WORKFLOW_RUN_ID", runId);
    return merged;
  }

  static ActionAttempt attempt(String id, int attempt, JobRunState state, Map<String, String> arguments,
      Instant started, String error, JobOutcome outcome) {
    Instant now = Instant.now();
    boolean done = state.finished();
    return new ActionAttempt(id, attempt, state, arguments, started.toString(), done ? now.toString() : null,
        done ? Duration.between(started, now).toMillis() : null, error,
        outcome == null ? null : outcome.rowsRead(), outcome == null ? null : outcome.rowsWritten(),
        outcome == null ? null : outcome.errorRecords(), outcome == null ? null : outcome.partitionsWritten(),
        outcome == null ? null : outcome.outputs(), outcome == null ? null : outcome.results());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "workflow-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds an engine: a job launcher and a store are required. */
  public static final class Builder {
    private JobLauncher jobs;
    private CrawlerLauncher crawlers = CrawlerLauncher.NONE;
    private WorkflowRunStore store;
    private WorkflowListener listener = WorkflowListener.NONE;
    private EngineOptions options = EngineOptions.DEFAULT;

    private Builder() {
    }

    public Builder jobLauncher(JobLauncher launcher) {
      this.jobs = launcher;
      return this;
    }

    public Builder crawlerLauncher(CrawlerLauncher launcher) {
      this.crawlers = launcher;
      return this;
    }

    public Builder store(WorkflowRunStore runStore) {
      this.store = runStore;
      return this;
    }

    public Builder listener(WorkflowListener runListener) {
      this.listener = runListener;
      return this;
    }

    public Builder options(EngineOptions engineOptions) {
      this.options = engineOptions;
      return this;
    }

    public WorkflowEngine build() {
      return new WorkflowEngine(this);
    }
  }
}
