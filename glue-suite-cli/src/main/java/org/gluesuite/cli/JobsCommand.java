package org.gluesuite.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.JobRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code jobs}: the jobs this build can run. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List the jobs run-job can run.")
final class JobsCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Override
  public Integer call() {
    Console console = root.console();
    List<JobDefinition> jobs = JobRegistry.all();
    console.json(Map.of("Jobs", jobs.stream().map(j -> Map.of("Name", j.name(), "Description", j.description()))
        .toList()));
    jobs.forEach(j -> console.line("%-28s %s", j.name(), j.description()));
    return ExitCode.OK;
  }
}
