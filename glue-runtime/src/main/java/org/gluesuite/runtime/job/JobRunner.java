package org.gluesuite.runtime.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gluesuite.runtime.args.JobArgumentParser;
import org.gluesuite.runtime.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.WriteSummary;
import org.gluesuite.runtime.workflow.WorkflowRunPropertiesProvider;

/**
 * Glue's job lifecycle, {@code Job.init → run → Job.commit}: parses the arguments (Glue's rules),
 * gives the run an id, records it as RUNNING, runs the job, and on success commits and records
 * SUCCEEDED with its counts. A failure is recorded as FAILED with its message and nothing is committed.
 */
public final class JobRunner {
  private final GlueSuiteContext glue;
  private final JobRunStore store;
  private final WorkflowRunPropertiesProvider workflowRuns;

  public JobRunner(GlueSuiteContext glue, JobRunStore store) {
    this(glue, store, WorkflowRunPropertiesProvider.NONE);
  }

  /** A runner whose jobs can read and write the properties of the workflow run that started them. */
  public JobRunner(GlueSuiteContext glue, JobRunStore store, WorkflowRunPropertiesProvider workflowRuns) {
    this.glue = Objects.requireNonNull(glue, "glue");
    this.store = Objects.requireNonNull(store, "store");
    this.workflowRuns = Objects.requireNonNull(workflowRuns, "workflowRuns");
  }

  /**
   * Runs {@code job} once. {@code --JOB_NAME} names the run (else {@code defaultJobName});
   * {@code --JOB_RUN_ID} fixes its id (else a new {@code jr_…} id).
   *
   * @throws org.gluesuite.runtime.args.JobArgumentException if the arguments break Glue's rules (nothing ran)
   * @throws JobFailedException if the job threw; the FAILED record is saved first
   */
  public JobRunRecord run(String defaultJobName, GlueJob job, String[] args) {
    JobArguments arguments = JobArgumentParser.parse(args);
    String jobName = arguments.find("JOB_NAME").filter(n -> !n.isBlank()).orElse(defaultJobName);
    String runId = arguments.jobRunId().orElseGet(JobRunIds::newRunId);
    int writesBefore = glue.writes().size();
    Instant started = Instant.now();
    JobRunContext context = new JobRunContext(jobName, runId, args, arguments, glue, workflowRuns);
    store.save(record(context, JobRunState.RUNNING, started, null, null, writesBefore));
    try {
      job.run(context);
    } catch (Throwable failure) {
      JobRunRecord failed = record(context, JobRunState.FAILED, started, Instant.now(), messageOf(failure),
          writesBefore);
      store.save(failed);
      if (failure instanceof Error error && !(failure instanceof AssertionError)) {
        throw error;
      }
      throw new JobFailedException(failed, failure);
    }
    // Job.commit(): bookmark state would be persisted here, after the work and before the record says so.
    JobRunRecord succeeded = record(context, JobRunState.SUCCEEDED, started, Instant.now(), null, writesBefore);
    store.save(succeeded);
    return succeeded;
  }

  private JobRunRecord record(JobRunContext context, JobRunState state, Instant started, Instant completed,
      String error, int writesBefore) {
    List<WriteSummary> writes = glue.writes();
    List<WriteSummary> mine = new ArrayList<>(writes.subList(Math.min(writesBefore, writes.size()), writes.size()));
    long rowsWritten = mine.stream().mapToLong(WriteSummary::rowsWritten).sum();
    int partitions = mine.stream().mapToInt(w -> w.partitions().size()).sum();
    List<String> outputs = mine.stream().map(WriteSummary::path).distinct().toList();
    return new JobRunRecord(context.runId(), context.jobName(), 0, state, context.arguments().masked(),
        started.toString(), completed == null ? null : completed.toString(),
        completed == null ? null : Duration.between(started, completed).toMillis(), error,
        context.metrics().rowsRead(), rowsWritten, context.metrics().errorRecords(), partitions, outputs,
        context.metrics().results());
  }

  private static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
