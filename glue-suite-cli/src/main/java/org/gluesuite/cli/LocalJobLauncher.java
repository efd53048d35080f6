package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.JobRegistry;
import org.gluesuite.jobs.sql.SqlJob;
import org.gluesuite.common.args.ArgumentPrecedence;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.job.JobFailedException;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.lake.LakePaths;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.JobFailure;
import org.gluesuite.workflow.engine.JobOutcome;
import org.gluesuite.common.Failures;

/**
 * Runs workflow job nodes on the local Spark session with the runtime's {@link JobRunner}: a job whose
 * {@code Command.ScriptLocation} is a {@code .sql} file runs as the generic {@link SqlJob}; any other job
 * runs the built-in job of the same name. Below the workflow's arguments come the job's local defaults
 * (paths in the workspace's lake); {@code s3://bucket/key} values are mapped into the lake.
 */
public final class LocalJobLauncher implements JobLauncher {
  private final Console console;
  private final LocalEnvironment environment;
  private final String caller;

  /** {@code caller} is the principal of whoever started the workflow; a job with a role of its own runs as that. */
  public LocalJobLauncher(Console console, LocalEnvironment environment, String caller) {
    this.console = console;
    this.environment = environment;
    this.caller = caller;
  }

  @Override
  public Optional<String> unsupportedReason(JobConfig job) {
    if (job.isSqlJob() || JobRegistry.find(job.name()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("job '" + job.name() + "' has no local implementation: its Command.ScriptLocation is not "
        + "a .sql script and no built-in job has that name (built-in: " + JobRegistry.all().stream()
        .map(JobDefinition::name).toList() + "). Point ScriptLocation at a .sql file or use a built-in job's name");
  }

  @Override
  public JobOutcome run(JobLaunch launch) {
    JobConfig job = launch.job();
    JobDefinition definition = job.isSqlJob() ? JobRegistry.find(SqlJob.NAME).orElseThrow()
        : JobRegistry.find(job.name()).orElseThrow();
    Path lake = environment.workspace().lake();
    Map<String, String> local = new LinkedHashMap<>();
    definition.localDefaults().apply(lake).forEach((k, v) -> local.put("--" + k, v));
    Map<String, String> given = new LinkedHashMap<>();
    launch.arguments().forEach((k, v) -> given.put(k, LakePaths.inLocalLake(v, lake)));
    if (job.isSqlJob() && !given.containsKey("--sql_query")) {
      given.putIfAbsent("--sql_script", scriptPath(job.scriptLocation(), launch.definitionDirectory(), lake));
    }
    JobArguments arguments = JobArgumentParser.resolve(ArgumentPrecedence.resolve(local, given, Map.of()));
    environment.step(job.name());
    var sparkContext = environment.spark().sparkContext();
    sparkContext.setJobGroup(launch.jobRunId(), job.name(), true);
    // As in Glue, a job runs as its own role; Lake Formation decides its reads and writes by it.
    String principal = definition.principal() != null ? definition.principal() : caller;
    JobRunner runner = new JobRunner(environment.glue().withAccessPolicy(environment.accessPolicy(principal)),
        environment.jobRuns(),
        (workflow, runId) -> workflow.equals(launch.runProperties().workflowName())
            && runId.equals(launch.runProperties().runId()) ? Optional.of(launch.runProperties()) : Optional.empty());
    JobRunRecord record;
    try {
      record = runner.run(job.name(), definition.factory().get(), arguments);
    } catch (JobFailedException failed) {
      console.progress("%s: FAILED (run %s): %s", job.name(), failed.record().id(), failed.record().errorMessage());
      DataQualityHistory.keep(environment.workspace(), failed.record());
      // The failed run's counts and results (its data quality results among them) go to the workflow run too.
      throw new JobFailure(Failures.describe(failed), outcome(failed.record()), failed);
    } finally {
      sparkContext.clearJobGroup();
    }
    DataQualityHistory.keep(environment.workspace(), record);
    printSummary(record);
    return outcome(record);
  }

  private static JobOutcome outcome(JobRunRecord record) {
    return new JobOutcome(record.totalRowsRead(), record.rowsWritten() == null ? 0 : record.rowsWritten(),
        record.totalErrorRecords(), record.partitionsWritten() == null ? 0 : record.partitionsWritten(),
        record.outputs(), record.results());
  }

  @Override
  public void cancel(JobLaunch launch) {
    environment.spark().sparkContext().cancelJobGroup(launch.jobRunId());
  }

  private void printSummary(JobRunRecord record) {
    RunSummary.print(console, record);
  }

  private static String scriptPath(String location, Path definitionDirectory, Path lake) {
    if (LakePaths.isS3(location)) {
      return LakePaths.inLocalLake(location, lake);
    }
    Path path = Path.of(location);
    return (path.isAbsolute() ? path : definitionDirectory.resolve(path)).toString();
  }
}
