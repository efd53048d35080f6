package org.gluesuite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.EngineOptions;
import org.gluesuite.workflow.engine.JobOutcome;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;

/**
 * Benchmark, not a test: an N-node chain of trivial SQL jobs ({@code SELECT … AS x} written as Parquet),
 * run by the engine on local Spark. Engine overhead per node = (wall time − the sum of the nodes' own
 * execution times) / N. Also a chain of no-op in-process jobs, which is all engine. Run with
 * {@code ./glue-suite benchmark-workflow --nodes 50} (or this class's main with the CLI's classpath).
 */
public final class WorkflowBenchmark {
  private WorkflowBenchmark() {
  }

  public static void main(String[] args) {
    System.exit(GlueSuiteCli.execute(concat("benchmark-workflow", args)));
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  static void run(Console console, Workspace workspace, String master, int nodes) throws IOException {
    Path defs = Files.createDirectories(workspace.create().scratch().resolve("benchmark-definitions"));
    Path dir = writeChain(defs, "bench-chain-" + nodes, nodes);
    try (LocalEnvironment environment = new LocalEnvironment(workspace, master, console)) {
      CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
      WorkflowDefinition chain = new DefinitionLoader(crawlers.crawlerNames()).load(dir);
      Console quiet = new Console(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
          new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false);
      try (WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(new LocalJobLauncher(quiet, environment,
          org.gluesuite.lakeformation.DataLakePrincipal.LOCAL_ADMIN.identifier()))
          .crawlerLauncher(crawlers).store(new WorkflowRunStore(workspace.workflowRuns()))
          .options(EngineOptions.DEFAULT.withMaxParallelActions(1)).build()) {
        console.progress("warm-up: one run of the first SQL job's workflow (Spark start, first query)");
        engine.run(new DefinitionLoader(crawlers.crawlerNames()).load(writeChain(defs, "bench-warmup", 2)), Map.of());
        long t0 = System.nanoTime();
        WorkflowRun run = engine.run(chain, Map.of());
        print(console, "SQL jobs on local Spark", run, (System.nanoTime() - t0) / 1_000_000, nodes);
      }
      try (WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(launch -> JobOutcome.empty())
          .store(new WorkflowRunStore(workspace.scratch().resolve("benchmark-runs")))
          .options(EngineOptions.DEFAULT.withMaxParallelActions(1)).build()) {
        long t0 = System.nanoTime();
        WorkflowRun run = engine.run(chain, Map.of());
        print(console, "no-op in-process jobs", run, (System.nanoTime() - t0) / 1_000_000, nodes);
      }
    }
  }

  private static void print(Console console, String what, WorkflowRun run, long wallMillis, int nodes) {
    long own = run.nodes().stream().mapToLong(n -> n.executionTimeMillis() == null ? 0 : n.executionTimeMillis()).sum();
    long succeeded = run.nodes().stream().filter(n -> n.state() != null && n.state().name().equals("SUCCEEDED")).count();
    console.line("%s: %d-node chain, %d succeeded, wall %,d ms, nodes' own work %,d ms (%.1f ms/node), "
            + "engine overhead %,d ms = %.1f ms/node", what, nodes, succeeded, wallMillis, own, own / (double) nodes,
        wallMillis - own, (wallMillis - own) / (double) nodes);
    if (succeeded != nodes) {
      run.nodes().stream().filter(n -> n.errorMessage() != null).findFirst().map(NodeRun::errorMessage)
          .ifPresent(e -> console.line("  first error: %s", e));
    }
  }

  /** A chain: start → j000, then j(i) SUCCEEDED → j(i+1); every job a SQL job writing one row. */
  private static Path writeChain(Path defs, String name, int nodes) throws IOException {
    Path dir = defs.resolve(name);
    Files.createDirectories(dir.resolve("jobs"));
    Files.createDirectories(dir.resolve("triggers"));
    Files.writeString(dir.resolve("workflow.json"), "{\"Name\": \"" + name + "\"}");
    for (int i = 0; i < nodes; i++) {
      String job = String.format(Locale.ROOT, "j%03d", i);
      Files.writeString(dir.resolve("jobs").resolve(job + ".json"), "{\"Name\": \"" + job + "\", \"Command\": "
          + "{\"Name\": \"glueetl\", \"ScriptLocation\": \"trivial.sql\"}, \"DefaultArguments\": {\"--sql_query\": "
          + "\"SELECT " + i + " AS x\", \"--target_path\": \"s3://benchmark/" + name + "/" + job + "\", "
          + "\"--write_mode\": \"OVERWRITE_PARTITIONS\"}}");
      String trigger = i == 0 ? "{\"Name\": \"start\", \"Type\": \"ON_DEMAND\", \"Actions\": [{\"JobName\": \"j000\"}]}"
          : "{\"Name\": \"after-" + (i - 1) + "\", \"Type\": \"CONDITIONAL\", \"StartOnCreation\": true, "
              + "\"Predicate\": {\"Conditions\": [{\"LogicalOperator\": \"EQUALS\", \"JobName\": \""
              + String.format(Locale.ROOT, "j%03d", i - 1) + "\", \"State\": \"SUCCEEDED\"}]}, \"Actions\": "
              + "[{\"JobName\": \"" + job + "\"}]}";
      Files.writeString(dir.resolve("triggers").resolve(String.format(Locale.ROOT, "t%03d.json", i)), trigger);
    }
    return dir;
  }
}
