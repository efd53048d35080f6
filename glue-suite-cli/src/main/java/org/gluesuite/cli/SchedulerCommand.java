package org.gluesuite.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.schedule.FileEventInbox;
import org.gluesuite.workflow.schedule.Scheduler;
import org.gluesuite.workflow.schedule.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scheduler}: fires SCHEDULED and EVENT start triggers until stopped (or a bound is reached). */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
    description = "Run SCHEDULED (cron, UTC) and EVENT triggers of activated (StartOnCreation) workflows until "
        + "stopped with Ctrl-C, or until --until / --for / --max-fires.")
final class SchedulerCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Option(names = "--definitions", paramLabel = "DIR", description = "Folder of workflow folders.")
  Path definitions;

  @Option(names = "--until", paramLabel = "INSTANT", description = "Stop at this UTC time (ISO-8601).")
  Instant until;

  @Option(names = "--for", paramLabel = "DURATION", description = "Stop after this long (ISO-8601, e.g. PT10M).")
  Duration runFor;

  @Option(names = "--max-fires", defaultValue = "2147483647", description = "Stop after this many fires.")
  int maxFires;

  @Option(names = "--poll-seconds", defaultValue = "5", description = "How often to look for events (default: 5).")
  int pollSeconds;

  @Override
  public Integer call() throws Exception {
    Console console = root.console();
    Instant end = until != null ? until : runFor != null ? Instant.now().plus(runFor) : Instant.MAX;
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
      Path rootDir = WorkflowSupport.definitionsRoot(definitions);
      List<WorkflowDefinition> workflows = new ArrayList<>();
      for (String folder : DefinitionLoader.workflowFolders(rootDir)) {
        workflows.add(new DefinitionLoader(crawlers.crawlerNames()).load(rootDir.resolve(folder)));
      }
      List<CompletableFuture<WorkflowRun>> started = new ArrayList<>();
      try (WorkflowEngine engine = WorkflowSupport.engine(console, environment, crawlers, 4, root.principal())) {
        Scheduler scheduler = new Scheduler(workflows, (workflow, trigger, properties) -> {
          console.progress("trigger %s/%s fired", workflow.name(), trigger.name());
          try {
            started.add(engine.start(workflow, properties).result());
          } catch (GlueSuiteUserException e) {
            console.error(e.getMessage());
          }
        }, new FileEventInbox(environment.workspace().events()), Clock.systemUTC(), Sleeper.REAL,
            Duration.ofSeconds(pollSeconds));
        console.progress("scheduler watching %s", scheduler.watched());
        List<Scheduler.Fire> fires = scheduler.run(end, maxFires);
        started.forEach(CompletableFuture::join);
        console.line("scheduler fired %d trigger%s", fires.size(), fires.size() == 1 ? "" : "s");
        console.json(fires);
      }
    }
    return ExitCode.OK;
  }
}
