package org.gluesuite.runtime.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.gluesuite.common.Failures;
import org.gluesuite.common.args.BookmarkOption;
import org.gluesuite.common.args.BookmarkSettings;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.bookmark.internal.JobBookmarkRun;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.WriteSummary;
import org.gluesuite.runtime.context.internal.RunTransaction;
import org.gluesuite.runtime.frame.ErrorStep;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.common.run.WorkflowRunPropertiesProvider;
import org.gluesuite.runtime.internal.CrashPoints;
import org.gluesuite.runtime.job.internal.JobRunIds;

/**
 * Glue's job lifecycle, {@code Job.init → run → Job.commit}:
 *
 * <ol>
 *   <li>init: parses the arguments (Glue's rules), gives the run an id, opens the job bookmark (with
 *       {@code job-bookmark-enable} a second concurrent run fails here with a version mismatch) and records the run
 *       as RUNNING;</li>
 *   <li>run: the job reads what the bookmark selects; its sinks stage their data, invisible;</li>
 *   <li>commit, only if the job returned: error records are written and counted, the staged data is moved into
 *       place (all or nothing), the catalog is updated, the bookmark is committed, and the run is recorded as
 *       SUCCEEDED.</li>
 * </ol>
 *
 * A failure anywhere records FAILED with its message; staged data is dropped and the bookmark is left as it was, so
 * the retry reads the same input. A run killed after its data was published leaves the bookmark unchanged too: the
 * retry rewrites the same partitions (OVERWRITE_PARTITIONS) or replaces the killed attempt's files (APPEND, file
 * names are the same for every attempt at one bookmarked run), so outputs converge.
 */
public final class JobRunner {
  private final GlueSuiteContext glue;
  private final JobRunStore store;
  private final RunnerSettings settings;
  private final WorkflowRunPropertiesProvider workflowRuns;

  /** A runner whose bookmarks and error records go where {@link RunnerSettings#forRunStore} says. */
  public JobRunner(GlueSuiteContext glue, JobRunStore store) {
    this(glue, store, RunnerSettings.forRunStore(store), WorkflowRunPropertiesProvider.NONE);
  }

  /** A runner whose jobs can read and write the properties of the workflow run that started them. */
  public JobRunner(GlueSuiteContext glue, JobRunStore store, WorkflowRunPropertiesProvider workflowRuns) {
    this(glue, store, RunnerSettings.forRunStore(store), workflowRuns);
  }

  public JobRunner(GlueSuiteContext glue, JobRunStore store, RunnerSettings settings) {
    this(glue, store, settings, WorkflowRunPropertiesProvider.NONE);
  }

  public JobRunner(GlueSuiteContext glue, JobRunStore store, RunnerSettings settings,
      WorkflowRunPropertiesProvider workflowRuns) {
    this.glue = Objects.requireNonNull(glue, "glue");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.workflowRuns = Objects.requireNonNull(workflowRuns, "workflowRuns");
  }

  /**
   * Runs {@code job} once with {@code arguments}, parsed once by the launcher (a command line with
   * {@link org.gluesuite.common.args.JobArgumentParser#parse}, a job's and a run's argument maps with
   * {@code resolve}). {@code --JOB_NAME} names the run (else {@code defaultJobName}); {@code --JOB_RUN_ID} fixes its
   * id (else a new {@code jr_…} id).
   *
   * @throws JobSetupException if the arguments ask for bookmarks and this runner keeps none (nothing ran)
   * @throws JobFailedException if the job or its commit failed; the FAILED record is saved first
   */
  public JobRunRecord run(String defaultJobName, GlueJob job, JobArguments arguments) {
    OpenRun run = start(defaultJobName, arguments);
    try {
      job.run(run.context());
    } catch (Throwable failure) {
      throw run.fail(failure);
    }
    return run.commit();
  }

  /**
   * Glue's {@code Job.init} on its own, for scripts that call {@code Job.init} and {@code Job.commit} themselves:
   * takes the parsed arguments, opens the bookmark and records the run as RUNNING. The job then works through
   * {@link OpenRun#context()} and ends the run with {@link OpenRun#commit()} or {@link OpenRun#fail(Throwable)}.
   *
   * @throws JobSetupException if the arguments ask for bookmarks and this runner keeps none (nothing ran)
   * @throws JobFailedException if the bookmark cannot be opened; the FAILED record is saved first
   */
  public OpenRun start(String defaultJobName, JobArguments arguments) {
    String jobName = arguments.find("JOB_NAME").filter(n -> !n.isBlank()).orElse(defaultJobName);
    String runId = arguments.jobRunId().orElseGet(JobRunIds::newRunId);
    BookmarkSettings bookmarkSettings = arguments.bookmarkSettings();
    Instant started = Instant.now();
    JobBookmarkRun bookmark;
    try {
      bookmark = openBookmark(jobName, runId, bookmarkSettings);
    } catch (RuntimeException e) {
      JobRunContext context = new JobRunContext(jobName, runId, arguments, glue, 0, workflowRuns);
      JobRunRecord failed = record(context, JobRunState.FAILED, started, Instant.now(), Failures.describe(e), List.of());
      store.save(failed);
      throw new JobFailedException(failed, e);
    }
    try {
      markKilledPredecessor(jobName, runId, bookmark);
      int attempt = attemptOf(jobName, bookmark);
      RunTransaction transaction = RunTransaction.create(runId, bookmark,
          bookmark.idempotencyToken().orElse(null));
      JobRunContext context = new JobRunContext(jobName, runId, arguments, glue.forRun(transaction), attempt,
          workflowRuns);
      store.save(record(context, JobRunState.RUNNING, started, null, null, List.of()));
      return new OpenRun(context, transaction, bookmark, started);
    } catch (RuntimeException e) {
      bookmark.close();
      throw e;
    }
  }

  /** A run between {@link #start} and its end: {@link #commit()} or {@link #fail(Throwable)}, exactly once. */
  public final class OpenRun {
    private final JobRunContext context;
    private final RunTransaction transaction;
    private final JobBookmarkRun bookmark;
    private final Instant started;
    private boolean ended;

    private OpenRun(JobRunContext context, RunTransaction transaction, JobBookmarkRun bookmark, Instant started) {
      this.context = context;
      this.transaction = transaction;
      this.bookmark = bookmark;
      this.started = started;
    }

    /** What the job sees: its arguments, run id and the run's Glue context (sources read, sinks stage). */
    public JobRunContext context() {
      return context;
    }

    /**
     * Glue's {@code Job.commit}: files the error records, publishes the staged data, updates the catalog, commits
     * the bookmark and records SUCCEEDED.
     *
     * @throws JobFailedException if the commit failed; the run is recorded FAILED and nothing it staged is kept
     */
    public JobRunRecord commit() {
      end();
      try {
        JobRunner.this.commit(context, transaction, bookmark);
      } catch (Throwable failure) {
        throw failed(failure);
      }
      try (bookmark) {
        JobRunRecord succeeded = record(context, JobRunState.SUCCEEDED, started, Instant.now(), null,
            transaction.writeSummaries());
        store.save(succeeded);
        return succeeded;
      }
    }

    /**
     * Ends the run as FAILED: drops what it staged, leaves the bookmark as it was and saves the FAILED record.
     * Returns the exception to throw ({@link JobFailedException}); a JVM {@link Error} is rethrown as it is.
     */
    public RuntimeException fail(Throwable failure) {
      end();
      return failed(failure);
    }

    private RuntimeException failed(Throwable failure) {
      try (bookmark) {
        transaction.abort();
        JobRunRecord failed = record(context, JobRunState.FAILED, started, Instant.now(), Failures.describe(failure),
            transaction.writeSummaries());
        store.save(failed);
        if (failure instanceof Error error && !(failure instanceof AssertionError)) {
          throw error;
        }
        return new JobFailedException(failed, failure);
      }
    }

    private void end() {
      if (ended) {
        throw JobErrors.runAlreadyEnded(context.jobName(), context.runId());
      }
      ended = true;
    }
  }

  /** Glue's {@code Job.commit}: error records, data, catalog, bookmark, in that order. */
  private void commit(JobRunContext context, RunTransaction transaction, JobBookmarkRun bookmark) {
    keepErrorRecords(context, transaction);
    transaction.publishData();
    CrashPoints.reached("after-data-commit");
    transaction.updateCatalog();
    CrashPoints.reached("after-catalog-update");
    bookmark.commit(context.attempt());
    CrashPoints.reached("after-bookmark-commit");
    bookmark.filesSelected().forEach((source, files) -> context.metrics().recordFiles(source, files));
  }

  private JobBookmarkRun openBookmark(String jobName, String runId, BookmarkSettings bookmarkSettings) {
    if (bookmarkSettings.option() == BookmarkOption.DISABLE) {
      return JobBookmarkRun.open(null, jobName, runId, bookmarkSettings);
    }
    BookmarkStore bookmarks = settings.bookmarkStore()
        .orElseThrow(() -> JobErrors.noBookmarkStore(jobName, bookmarkSettings.option()));
    return JobBookmarkRun.open(bookmarks, jobName, runId, bookmarkSettings);
  }

  /** A run whose lock this run took over was killed: its record, still RUNNING, becomes ERROR. */
  private void markKilledPredecessor(String jobName, String runId, JobBookmarkRun bookmark) {
    bookmark.takenOverFrom().ifPresent(dead -> store.find(jobName, dead.runId())
        .filter(r -> r.state() == JobRunState.RUNNING)
        .ifPresent(r -> store.save(new JobRunRecord(r.id(), r.jobName(), r.attempt(), JobRunState.ERROR,
            r.arguments(), r.startedOn(), Instant.now().toString(), null, JobErrors.killedRun(runId, dead.pid()),
            r.rowsRead(), r.rowsWritten(), r.errorRecords(), r.partitionsWritten(), r.outputs(), r.results(),
            r.bookmarkedFilesRead()))));
  }

  /** Glue's attempt number: failed attempts at the bookmark's next run before this one (0 = first attempt). */
  private int attemptOf(String jobName, JobBookmarkRun bookmark) {
    if (bookmark.option() != BookmarkOption.ENABLE) {
      return 0;
    }
    String since = bookmark.entry().map(JobBookmarkEntry::updatedOn).orElse(null);
    return (int) store.list(jobName).stream()
        .filter(r -> r.state() != JobRunState.SUCCEEDED)
        .filter(r -> since == null || r.startedOn().compareTo(since) > 0)
        .count();
  }

  /**
   * The error records of every frame a source made this run, and of the later steps (map, filter, ...) of every frame
   * a sink wrote: counted in the run record (as {@code read <source>} and {@code <step> <context>}) and written as
   * JSON under {@code <errors root>/<job>/<run id>/<source or step>/} (file, line, step, context, message, record).
   */
  private void keepErrorRecords(JobRunContext context, RunTransaction transaction) {
    java.util.Set<String> folders = new java.util.HashSet<>();
    for (RunTransaction.SourceRead read : transaction.sourceReads()) {
      long errors = read.frame().errorsCount();
      if (errors > 0) {
        context.metrics().recordErrors("read " + read.name(), errors);
        writeErrorRecords(context, folders, read.name(), read.frame().errorsAsDynamicFrame().toDF());
      }
    }
    List<GlueFrame> sources = transaction.sourceReads().stream().map(RunTransaction.SourceRead::frame).toList();
    for (ErrorStep step : GlueFrame.errorStepsBeyond(transaction.writtenFrames(), sources)) {
      String name = step.transformationContext().isBlank() ? step.transformation()
          : step.transformation() + " " + step.transformationContext();
      context.metrics().recordErrors(name, step.count());
      writeErrorRecords(context, folders, name, step.records().toDF());
    }
  }

  private void writeErrorRecords(JobRunContext context, java.util.Set<String> folders, String name,
      Dataset<Row> records) {
    if (settings.errorsRoot() == null) {
      return;
    }
    String base = name.replaceAll("[^A-Za-z0-9._=-]", "_");
    String folderName = base;
    for (int n = 2; !folders.add(folderName); n++) {
      folderName = base + "_" + n;
    }
    Path folder = settings.errorsRoot().resolve(context.jobName()).resolve(context.runId()).resolve(folderName);
    records.coalesce(1).write().mode(SaveMode.Overwrite).json(folder.toString());
  }

  /** The run's record; {@code mine} is what the run's own transaction published (see RunTransaction). */
  private JobRunRecord record(JobRunContext context, JobRunState state, Instant started, Instant completed,
      String error, List<WriteSummary> mine) {
    long rowsWritten = mine.stream().mapToLong(WriteSummary::rowsWritten).sum();
    int partitions = mine.stream().mapToInt(w -> w.partitions().size()).sum();
    List<String> outputs = mine.stream().map(WriteSummary::path).distinct().toList();
    return new JobRunRecord(context.runId(), context.jobName(), context.attempt(), state,
        context.arguments().masked(), started.toString(), completed == null ? null : completed.toString(),
        completed == null ? null : Duration.between(started, completed).toMillis(), error,
        context.metrics().rowsRead(), rowsWritten, context.metrics().errorRecords(), partitions, outputs,
        context.metrics().results(), context.metrics().filesRead().isEmpty() ? null : context.metrics().filesRead());
  }
}
