package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.errorDetail;
import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gluesuite.common.args.ArgumentPrecedence;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.RunIds;

/**
 * Glue's job operations over the workflow engine's {@link JobLauncher} (the CLI's runs jobs on the local Spark
 * session): {@code CreateJob}, {@code GetJob}, {@code GetJobs}, {@code ListJobs}, {@code DeleteJob} on a folder of
 * {@code CreateJob}-shaped files checked by the workflows' job reader; {@code StartJobRun} (the run is RUNNING when
 * the call returns; it runs on a thread of this endpoint), {@code GetJobRun}, {@code GetJobRuns} and
 * {@code BatchStopJobRun} (the launcher cancels the run's Spark work and its thread is interrupted: STOPPED).
 * Arguments follow Glue's precedence (non-overridable over the run's over the job's defaults) plus
 * {@code --JOB_NAME} and {@code --JOB_RUN_ID}; a FAILED run is retried up to {@code MaxRetries} as
 * {@code <id>_attempt_N}; an attempt that outlives its {@code Timeout} (StartJobRun's, else the job's) is cancelled
 * as a stop is and ends TIMEOUT, not retried. {@code UpdateJob} replaces the definition whole, as Glue does. Runs are
 * kept while the endpoint runs; each run's record is also written by the job runner into the workspace, as for every
 * job run.
 */
public final class JobOperations implements AutoCloseable {
  private static final int PAGE_SIZE = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DefinitionFolder jobs;
  private final JobLauncher launcher;
  private final Duration timeoutMinute;
  /** Ends attempts that outlive their Timeout. */
  private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "glue-suite-serve-job-timeouts");
    thread.setDaemon(true);
    return thread;
  });
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "glue-suite-serve-job");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  /** One job run as GetJobRun answers it; mutable state behind the run's own lock. */
  private static final class Run {
    final String id;
    final String jobName;
    final Map<String, String> arguments;
    final int attempt;
    final String previousRunId;
    final int timeoutMinutes;
    final Instant startedOn = Instant.now();
    JobRunState state = JobRunState.RUNNING;
    boolean timingOut;
    Instant lastModifiedOn = startedOn;
    Instant completedOn;
    String errorMessage;
    JobLaunch launch;
    Future<?> work;

    Run(String id, String jobName, Map<String, String> arguments, int attempt, String previousRunId,
        int timeoutMinutes) {
      this.id = id;
      this.jobName = jobName;
      this.arguments = arguments;
      this.attempt = attempt;
      this.previousRunId = previousRunId;
      this.timeoutMinutes = timeoutMinutes;
    }

    synchronized JobRunState state() {
      return state;
    }

    /**
     * The run's end; a run being stopped ends STOPPED, one being timed out TIMEOUT, whatever its work reports as it
     * unwinds.
     */
    synchronized void finish(JobRunState finalState, String error) {
      if (state.finished()) {
        return;
      }
      boolean stopping = state == JobRunState.STOPPING;
      state = timingOut ? JobRunState.TIMEOUT : stopping ? JobRunState.STOPPED : finalState;
      errorMessage = timingOut ? JobConfig.timedOutMessage(timeoutMinutes)
          : stopping ? "Stopped by BatchStopJobRun." : error;
      completedOn = Instant.now();
      lastModifiedOn = completedOn;
    }

    synchronized boolean finished() {
      return state.finished();
    }

    synchronized Map<String, Object> shape() {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("Id", id);
      run.put("Attempt", attempt);
      run.put("PreviousRunId", previousRunId);
      run.put("JobName", jobName);
      run.put("StartedOn", startedOn);
      run.put("LastModifiedOn", lastModifiedOn);
      run.put("CompletedOn", completedOn);
      run.put("JobRunState", state.name());
      run.put("Arguments", arguments);
      run.put("ErrorMessage", errorMessage);
      run.put("Timeout", timeoutMinutes);
      run.put("ExecutionTime", (int) (((completedOn == null ? Instant.now() : completedOn).toEpochMilli()
          - startedOn.toEpochMilli()) / 1000));
      return run;
    }
  }

  private JobOperations(Path jobsDir, JobLauncher launcher, Duration timeoutMinute) {
    this.jobs = new DefinitionFolder(jobsDir);
    this.launcher = launcher;
    this.timeoutMinute = timeoutMinute;
  }

  /**
   * Registers the operations (and jobs as taggable resources), with the bookmark operations over
   * {@code bookmarks}; jobs are defined in {@code jobsDir}; a {@code Timeout} minute lasts {@code timeoutMinute}.
   * Close the result to stop running jobs.
   */
  public static JobOperations register(ServiceApi glue, TaggableResources taggables, Path jobsDir, Path bookmarks,
      JobLauncher launcher, Duration timeoutMinute) {
    JobOperations operations = new JobOperations(jobsDir, launcher, timeoutMinute);
    operations.registerOn(glue);
    taggables.register("job", path -> operations.source(String.join("/", path)));
    BookmarkOperations.register(glue, bookmarks, operations.jobs.dir(),
        name -> DefinitionFolder.isName(name) && operations.jobs.read(name).isPresent());
    return operations;
  }

  private void registerOn(ServiceApi glue) {
    glue.register("CreateJob", call -> {
      JobConfig job = parse(call.input(), "the CreateJob request");
      if (jobs.read(job.name()).isPresent()) {
        throw ServeErrors.jobExists(job.name());
      }
      jobs.write(job.name(), (ObjectNode) call.input().deepCopy());
      return output("Name", job.name());
    });
    glue.register("GetJob", call -> output("Job", job(call.string("JobName"))));
    glue.register("GetJobs", call -> {
      Pages.Page<String> page = Pages.of(jobs.names(), name -> name, call, PAGE_SIZE);
      return page("Jobs", page.items().stream().map(this::job).toList(), page.nextToken());
    });
    glue.register("ListJobs", call -> {
      Pages.Page<String> page = Pages.of(jobs.names(), name -> name, call, PAGE_SIZE);
      return page("JobNames", page.items(), page.nextToken());
    });
    glue.register("UpdateJob", call -> {
      String name = call.string("JobName");
      source(name);
      // As in Glue, JobUpdate replaces the whole definition: members it leaves out take their defaults.
      ObjectNode definition = ((ObjectNode) call.input().get("JobUpdate")).deepCopy();
      definition.put("Name", name);
      parse(definition, "the UpdateJob request's JobUpdate");
      jobs.write(name, definition);
      return output("JobName", name);
    });
    glue.register("DeleteJob", call -> {
      String name = call.string("JobName");
      requireName(name);
      jobs.delete(name);   // as Glue: deleting a job that does not exist is no error
      return output("JobName", name);
    });
    glue.register("StartJobRun", call -> {
      String name = call.string("JobName");
      if (call.optionalString("JobRunId").isPresent()) {
        throw ServeErrors.jobRunRetryNotServed(name, call.string("JobRunId"));
      }
      @SuppressWarnings("unchecked")
      Map<String, String> arguments = call.read("Arguments", Map.class);
      JobConfig job = config(name);
      int timeout = call.optionalInt("Timeout").orElse(job.timeoutMinutes());
      return output("JobRunId", start(job, arguments == null ? Map.of() : arguments, timeout));
    });
    glue.register("GetJobRun", call -> output("JobRun", run(call.string("JobName"), call.string("RunId")).shape()));
    glue.register("GetJobRuns", call -> {
      String name = call.string("JobName");
      config(name);
      List<Run> ofJob = runs.values().stream().filter(r -> r.jobName.equals(name)).toList();
      // Newest first, as Glue lists them: the page key orders by start time descending.
      Pages.Page<Run> page = Pages.of(ofJob, r -> String.format("%019d", Long.MAX_VALUE - r.startedOn.toEpochMilli())
          + r.id, call, PAGE_SIZE);
      return page("JobRuns", page.items().stream().map(Run::shape).toList(), page.nextToken());
    });
    glue.register("BatchStopJobRun", call -> {
      String name = call.string("JobName");
      config(name);
      List<Map<String, Object>> stopped = new ArrayList<>();
      List<Map<String, Object>> errors = new ArrayList<>();
      for (String id : call.readList("JobRunIds", String.class)) {
        Map<String, Object> entry = output("JobName", name);
        entry.put("JobRunId", id);
        Run run = runs.get(id);
        if (run == null || !run.jobName.equals(name)) {
          entry.put("ErrorDetail", errorDetail("EntityNotFoundException",
              ServeErrors.jobRunNotFound(name, id).getMessage()));
          errors.add(entry);
        } else if (!stop(run)) {
          entry.put("ErrorDetail", errorDetail("InvalidInputException", "Job run " + id + " of job " + name
              + " has already finished (" + run.shape().get("JobRunState") + "); only a running run can be stopped."));
          errors.add(entry);
        } else {
          stopped.add(entry);
        }
      }
      Map<String, Object> out = output("SuccessfulSubmissions", stopped);
      out.put("Errors", errors);
      return out;
    });
  }

  /** Starts a run of job {@code name} with {@code arguments} over its defaults, as StartJobRun does. */
  String startRun(String name, Map<String, String> arguments) {
    JobConfig job = config(name);
    return start(job, arguments, job.timeoutMinutes());
  }

  private synchronized String start(JobConfig job, Map<String, String> runArguments, int timeoutMinutes) {
    long active = runs.values().stream().filter(r -> r.jobName.equals(job.name()) && !r.finished()).count();
    if (active >= job.maxConcurrentRuns()) {
      throw WorkflowErrors.jobConcurrency(job.name(), job.maxConcurrentRuns());
    }
    Run first = attempt(job, runArguments, RunIds.jobRunId(), 0, null, timeoutMinutes);
    FutureTask<Void> work = new FutureTask<>(() -> runAttempts(job, runArguments, first), null);
    first.work = work;
    runs.put(first.id, first);
    threads.execute(work);
    return first.id;
  }

  /** One attempt of a run: Glue's argument precedence plus {@code --JOB_NAME} and the attempt's {@code --JOB_RUN_ID}. */
  private Run attempt(JobConfig job, Map<String, String> runArguments, String id, int number, String previous,
      int timeoutMinutes) {
    Map<String, String> arguments = new LinkedHashMap<>(ArgumentPrecedence.resolve(job.defaultArguments(),
        runArguments, job.nonOverridableArguments()));
    arguments.put("--JOB_NAME", job.name());
    arguments.put("--JOB_RUN_ID", id);
    Run run = new Run(id, job.name(), Map.copyOf(runArguments), number, previous, timeoutMinutes);
    run.launch = new JobLaunch(job, id, number, arguments, NO_WORKFLOW, jobs.dir());
    return run;
  }

  /** Runs the attempts on this thread: a FAILED attempt is retried as {@code <id>_attempt_N}, up to MaxRetries. */
  private void runAttempts(JobConfig job, Map<String, String> runArguments, Run first) {
    Run run = first;
    while (true) {
      Run attempt = run;
      ScheduledFuture<?> alarm = alarms.schedule(() -> timeOut(attempt),
          timeoutMinute.toMillis() * run.timeoutMinutes, TimeUnit.MILLISECONDS);
      try {
        launcher.run(run.launch);
        run.finish(JobRunState.SUCCEEDED, null);
        return;
      } catch (Exception e) {
        run.finish(JobRunState.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
      } catch (Error e) {
        run.finish(JobRunState.FAILED, e.toString());
        throw e;
      } finally {
        alarm.cancel(false);
      }
      if (run.attempt >= job.maxRetries() || run.state() != JobRunState.FAILED || Thread.interrupted()) {
        return;
      }
      Run retry = attempt(job, runArguments, first.id + "_attempt_" + (run.attempt + 1), run.attempt + 1, run.id,
          run.timeoutMinutes);
      retry.work = first.work;
      runs.put(retry.id, retry);
      run = retry;
    }
  }

  /** Stops a running run: false when it has finished already. */
  private boolean stop(Run run) {
    synchronized (run) {
      if (run.state.finished()) {
        return false;
      }
      run.state = JobRunState.STOPPING;
      run.lastModifiedOn = Instant.now();
    }
    launcher.cancel(run.launch);
    run.work.cancel(true);
    run.finish(JobRunState.STOPPED, null);
    return true;
  }

  /** Ends an attempt that outlived its Timeout: its work is cancelled as a stop's is, and it ends TIMEOUT. */
  private void timeOut(Run run) {
    synchronized (run) {
      if (run.state.finished()) {
        return;
      }
      run.timingOut = true;
    }
    launcher.cancel(run.launch);
    run.work.cancel(true);
    run.finish(JobRunState.TIMEOUT, null);
  }

  private Run run(String jobName, String runId) {
    config(jobName);
    Run run = runs.get(runId);
    if (run == null || !run.jobName.equals(jobName)) {
      throw ServeErrors.jobRunNotFound(jobName, runId);
    }
    return run;
  }

  private JobConfig config(String name) {
    return parse(source(name), "job " + name + " (" + jobs.file(name) + ")");
  }

  private ObjectNode source(String name) {
    requireName(name);
    return jobs.read(name).orElseThrow(() -> ServeErrors.jobNotFound(name, jobs.dir()));
  }

  private JobConfig parse(JsonNode definition, String source) {
    JobConfig job = DefinitionLoader.parseJob(source, definition.toString());
    requireName(job.name());
    launcher.unsupportedReason(job).ifPresent(reason -> {
      throw ServeErrors.jobCannotRunHere(reason);
    });
    return job;
  }

  /** Glue's {@code Job}: the stored members and Glue's defaults for the ones the engine uses. */
  private Map<String, Object> job(String name) {
    ObjectNode source = source(name);
    JobConfig job = config(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> out = JSON.convertValue(source, LinkedHashMap.class);
    out.remove("Tags");
    out.put("MaxRetries", job.maxRetries());
    out.put("Timeout", job.timeoutMinutes());
    out.put("ExecutionProperty", Map.of("MaxConcurrentRuns", job.maxConcurrentRuns()));
    return out;
  }

  private static void requireName(String name) {
    if (!DefinitionFolder.isName(name)) {
      throw ServeErrors.notAJobName(name);
    }
  }

  /** A run started by StartJobRun belongs to no workflow: it has no run properties. */
  private static final WorkflowRunProperties NO_WORKFLOW = new WorkflowRunProperties() {
    @Override
    public String workflowName() {
      return null;
    }

    @Override
    public String runId() {
      return null;
    }

    @Override
    public Map<String, String> get() {
      return Map.of();
    }

    @Override
    public void put(Map<String, String> properties) {
      throw new UnsupportedOperationException("This job run belongs to no workflow run, so it has no run"
          + " properties to write; start it from a workflow (StartWorkflowRun) to share properties.");
    }
  };

  /** Stops running jobs and their threads. */
  @Override
  public void close() {
    alarms.shutdownNow();
    runs.values().forEach(this::stop);
    threads.shutdownNow();
  }
}
