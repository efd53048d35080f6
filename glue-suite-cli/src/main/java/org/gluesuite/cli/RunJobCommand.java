package org.gluesuite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.JobRegistry;
import org.gluesuite.common.args.ArgumentPrecedence;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/** {@code run-job NAME --ARG value …}: one job run, with Glue's argument rules. */
@Command(name = "run-job", mixinStandardHelpOptions = true,
    description = "Run one job. Job arguments follow the name, as Glue passes them: --NAME value.")
final class RunJobCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(index = "0", paramLabel = "JOB", description = "The job's name (see: ./glue-suite jobs).")
  String jobName;

  @Unmatched
  List<String> jobArguments = new ArrayList<>();

  @Override
  public Integer call() {
    Console console = root.console();
    JobDefinition definition = find(jobName);
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      JobRunRecord record = runJob(console, environment, definition, jobArguments, root.principal());
      console.json(record);
    }
    return ExitCode.OK;
  }

  static JobDefinition find(String name) {
    return JobRegistry.find(name).orElseThrow(() -> new UsageException("There is no job named '" + name
        + "'. Jobs: " + JobRegistry.all().stream().map(JobDefinition::name).toList()
        + ". See ./glue-suite jobs."));
  }

  /** Runs a job with its local default arguments under the given ones, and prints its summary. */
  static JobRunRecord runJob(Console console, LocalEnvironment environment, JobDefinition definition,
      List<String> arguments, String caller) {
    Map<String, String> defaults = new LinkedHashMap<>();
    definition.localDefaults().apply(environment.workspace().lake()).forEach((k, v) -> defaults.put("--" + k, v));
    defaults.put("--JOB_NAME", definition.name());
    // The command line is the run's Arguments (as StartJobRun takes them); Glue's precedence puts them over the
    // job's defaults, and the merged map is parsed once into the run's typed arguments.
    Map<String, String> given = JobArgumentParser.argumentMap(arguments.toArray(new String[0]));
    JobArguments merged = JobArgumentParser.resolve(ArgumentPrecedence.resolve(defaults, given, Map.of()));
    // As in Glue, a job runs as its own role; Lake Formation decides its reads and writes by it.
    String principal = definition.principal() != null ? definition.principal() : caller;
    console.progress("%s: starting as %s", definition.name(), principal);
    environment.step(definition.name());
    JobRunner runner = new JobRunner(environment.glue().withAccessPolicy(environment.accessPolicy(principal)),
        environment.jobRuns());
    JobRunRecord record;
    try {
      record = runner.run(definition.name(), definition.factory().get(), merged);
    } catch (org.gluesuite.runtime.job.JobFailedException failed) {
      DataQualityHistory.keep(environment.workspace(), failed.record());
      throw failed;
    }
    DataQualityHistory.keep(environment.workspace(), record);
    RunSummary.print(console, record);
    return record;
  }
}
