package org.gluesuite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code benchmark-workflow}: the engine's overhead per node (hidden; see BENCHMARKS.md). */
@Command(name = "benchmark-workflow", hidden = true, mixinStandardHelpOptions = true,
    description = "Measure the workflow engine's overhead per node on an N-node chain of trivial SQL jobs.")
final class BenchmarkCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Option(names = "--nodes", defaultValue = "50")
  int nodes;

  @Override
  public Integer call() throws Exception {
    WorkflowBenchmark.run(root.console(), root.workspace(), root.master, nodes);
    return ExitCode.OK;
  }
}
