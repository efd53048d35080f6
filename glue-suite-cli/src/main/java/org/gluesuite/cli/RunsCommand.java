package org.gluesuite.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runs JOB}: a job's run records, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List a job's runs, newest first.")
final class RunsCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "JOB")
  String job;

  @Override
  public Integer call() {
    Console console = root.console();
    List<JobRunRecord> runs = new FileJobRunStore(root.workspace().jobRuns()).list(job);
    console.json(Map.of("JobRuns", runs));
    for (JobRunRecord run : runs) {
      console.line("%s  %-9s %s  %s", run.id(), run.state(), run.startedOn(),
          run.executionTimeMillis() == null ? "" : Console.seconds(run.executionTimeMillis()));
    }
    if (runs.isEmpty()) {
      console.line("No runs of %s in %s.", job, root.workspace().jobRuns());
    }
    return ExitCode.OK;
  }
}
