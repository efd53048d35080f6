package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runs JOB}: a job's run records, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List a job's runs, newest first.")
final class RunsCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "JOB")
  String job;

  @Option(names = "--quarantine-corrupt", description = "Rename the job's run records that fail their checksum or "
      + "format version to <file>.corrupt-<time> (kept, no longer read), then list the runs.")
  boolean quarantineCorrupt;

  @Override
  public Integer call() {
    Console console = root.console();
    FileJobRunStore store = new FileJobRunStore(root.workspace().jobRuns());
    List<Path> moved = quarantineCorrupt ? store.quarantineCorrupt(job) : List.of();
    if (quarantineCorrupt) {
      for (Path file : moved) {
        console.line("Moved the corrupt run record aside: %s", file);
      }
      if (moved.isEmpty()) {
        console.line("No corrupt run records of %s.", job);
      }
    }
    List<JobRunRecord> runs = store.list(job);
    console.json(quarantineCorrupt
        ? Map.of("JobRuns", runs, "QuarantinedRecords", moved.stream().map(Path::toString).toList())
        : Map.of("JobRuns", runs));
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
