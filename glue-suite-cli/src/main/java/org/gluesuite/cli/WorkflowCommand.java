package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.gluesuite.workflow.schedule.FileEventInbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code workflow …}: run, list, show, resume and stop Glue workflow runs. */
@Command(name = "workflow", mixinStandardHelpOptions = true,
    description = "Glue workflows: run one, list its runs, show a run, resume or stop one, post an event.",
    subcommands = {WorkflowCommand.Run.class, WorkflowCommand.Runs.class, WorkflowCommand.Show.class,
        WorkflowCommand.Resume.class, WorkflowCommand.Stop.class, WorkflowCommand.Event.class,
        WorkflowCommand.ListWorkflows.class})
final class WorkflowCommand implements Runnable {
  @ParentCommand
  GlueSuiteCli root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options shared by subcommands that read definitions. */
  static final class DefinitionsOption {
    @Option(names = "--definitions", paramLabel = "DIR",
        description = "Folder of workflow folders (default: workflows/definitions of the checkout).")
    Path definitions;

    @Option(names = "--parallel", defaultValue = "4", description = "Actions running at once (default: 4).")
    int parallel;
  }

  /** Prints a finished run's summary and returns the exit code: 0 when every action succeeded. */
  static int report(Console console, WorkflowRun run) {
    console.json(run);
    console.line("workflow %s run %s %s%s", run.name(), run.workflowRunId(), run.status(),
        run.durationMillis() == null ? "" : " in " + Console.seconds(run.durationMillis()));
    for (NodeRun node : run.nodes()) {
      console.line("  %-28s %-10s %s%s", node.name(), node.displayState(),
          node.executionTimeMillis() == null ? "" : Console.seconds(node.executionTimeMillis()),
          node.errorMessage() == null ? "" : "  " + node.errorMessage());
    }
    console.line("report: %s", run.report());
    return run.status().name().equals("COMPLETED") && run.statistics().allSucceeded() ? ExitCode.OK
        : ExitCode.JOB_FAILED;
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Start a workflow run and wait for it.")
  static final class Run implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--property", paramLabel = "K=V", description = "A run property (over DefaultRunProperties).")
    Map<String, String> properties = new LinkedHashMap<>();

    @picocli.CommandLine.Mixin
    DefinitionsOption options = new DefinitionsOption();

    @Override
    public Integer call() {
      Console console = parent.root.console();
      try (LocalEnvironment environment = new LocalEnvironment(parent.root.workspace(), parent.root.master, console)) {
        CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
        WorkflowDefinition definition = WorkflowSupport.load(WorkflowSupport.definitionsRoot(options.definitions),
            name, crawlers, environment.workspace());
        try (WorkflowEngine engine = WorkflowSupport.engine(console, environment, crawlers, options.parallel,
            parent.root.principal())) {
          return report(console, engine.run(definition, properties));
        }
      }
    }
  }

  @Command(name = "runs", mixinStandardHelpOptions = true, description = "A workflow's runs, newest first.")
  static final class Runs implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--quarantine-corrupt", description = "Rename the workflow's run records that fail their "
        + "checksum or format version to <file>.corrupt-<time> (kept, no longer read), then list the runs.")
    boolean quarantineCorrupt;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      WorkflowRunStore store = WorkflowSupport.store(parent.root.workspace());
      List<java.nio.file.Path> moved = quarantineCorrupt ? store.quarantineCorrupt(name) : List.of();
      for (java.nio.file.Path file : moved) {
        console.line("Moved the corrupt workflow run record aside: %s", file);
      }
      if (quarantineCorrupt && moved.isEmpty()) {
        console.line("No corrupt run records of workflow %s.", name);
      }
      List<WorkflowRun> runs = store.list(name);
      console.json(quarantineCorrupt
          ? Map.of("Runs", runs, "QuarantinedRecords", moved.stream().map(java.nio.file.Path::toString).toList())
          : Map.of("Runs", runs));
      List<List<String>> rows = new ArrayList<>();
      for (WorkflowRun run : runs) {
        rows.add(List.of(run.workflowRunId(), run.status().name(), run.startedOn(),
            run.durationMillis() == null ? "" : Console.seconds(run.durationMillis()),
            run.statistics().succeededActions() + "/" + run.statistics().totalActions(),
            run.previousRunId() == null ? "" : run.previousRunId()));
      }
      if (runs.isEmpty()) {
        console.line("No runs of workflow %s in %s.", name, parent.root.workspace().workflowRuns());
      } else {
        TablePrinter.render(List.of("run", "status", "started", "duration", "succeeded", "previous run"), rows)
            .forEach(l -> console.line("%s", l));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "One run: nodes, states, report.")
  static final class Show implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "RUN_ID")
    String runId;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      WorkflowRunStore store = WorkflowSupport.store(parent.root.workspace());
      WorkflowRun run = store.find(runId).orElseThrow(() -> WorkflowErrors.noSuchRun(runId, store.root().toString()));
      console.json(run);
      console.line("workflow %s run %s: %s", run.name(), run.workflowRunId(), run.status());
      if (run.errorMessage() != null) {
        console.line("  %s", run.errorMessage());
      }
      console.line("  statistics: %s", run.statistics());
      console.line("  properties: %s", run.workflowRunProperties());
      for (NodeRun node : run.nodes()) {
        console.line("  %-28s %-10s %-8s attempts %d%s", node.name(), node.displayState(),
            node.executionTimeMillis() == null ? "" : Console.seconds(node.executionTimeMillis()),
            node.attempts().size(), node.errorMessage() == null ? "" : "  " + node.errorMessage());
      }
      console.line("  report: %s", run.report() == null ? "(written when the run finishes)" : run.report());
      return ExitCode.OK;
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Rerun chosen nodes of a COMPLETED run and everything downstream, as a new run.")
  static final class Resume implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "RUN_ID")
    String runId;

    @Option(names = "--node", required = true, paramLabel = "NAME", description = "A job or crawler node to rerun.")
    List<String> nodes;

    @picocli.CommandLine.Mixin
    DefinitionsOption options = new DefinitionsOption();

    @Override
    public Integer call() {
      Console console = parent.root.console();
      WorkflowRunStore store = WorkflowSupport.store(parent.root.workspace());
      WorkflowRun previous = store.find(runId).orElseThrow(() -> WorkflowErrors.noSuchRun(runId,
          store.root().toString()));
      try (LocalEnvironment environment = new LocalEnvironment(parent.root.workspace(), parent.root.master, console)) {
        CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
        WorkflowDefinition definition = WorkflowSupport.load(WorkflowSupport.definitionsRoot(options.definitions),
            previous.name(), crawlers, environment.workspace());
        try (WorkflowEngine engine = WorkflowSupport.engine(console, environment, crawlers, options.parallel,
            parent.root.principal())) {
          return report(console, engine.resume(definition, runId, nodes).result().join());
        }
      }
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a running workflow run.")
  static final class Stop implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "RUN_ID")
    String runId;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      WorkflowRunStore store = WorkflowSupport.store(parent.root.workspace());
      WorkflowRun run = store.find(runId).orElseThrow(() -> WorkflowErrors.noSuchRun(runId, store.root().toString()));
      if (!run.status().name().equals("RUNNING")) {
        throw WorkflowErrors.notRunning(runId, run.status().name());
      }
      store.requestStop(run);
      console.line("asked the process running %s (pid %s) to stop it; see ./glue-suite workflow show %s", runId,
          run.ownerPid(), runId);
      return ExitCode.OK;
    }
  }

  @Command(name = "event", mixinStandardHelpOptions = true,
      description = "Post an event for a workflow's EVENT trigger (the scheduler batches and fires it).")
  static final class Event implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--detail", description = "What happened, e.g. the object that arrived.")
    String detail;

    @Override
    public Integer call() {
      String id = new FileEventInbox(parent.root.workspace().create().events()).post(name, detail);
      parent.root.console().line("event %s posted for workflow %s", id, name);
      return ExitCode.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The workflows defined, validated.")
  static final class ListWorkflows implements Callable<Integer> {
    @ParentCommand
    WorkflowCommand parent;

    @picocli.CommandLine.Mixin
    DefinitionsOption options = new DefinitionsOption();

    @Override
    public Integer call() {
      Console console = parent.root.console();
      Path root = WorkflowSupport.definitionsRoot(options.definitions);
      java.util.Set<String> crawlerNames = CatalogCrawlerLauncher.definedCrawlers();
      for (String folder : DefinitionLoader.workflowFolders(root)) {
        WorkflowDefinition d = new DefinitionLoader(crawlerNames).load(root.resolve(folder));
        console.line("%-24s start: %s %s, %d nodes, %d triggers", d.name(), d.startTrigger().type(),
            d.startTrigger().schedule() == null ? "" : d.startTrigger().schedule(), d.nodes().size(),
            d.triggers().size());
      }
      return ExitCode.OK;
    }
  }
}
