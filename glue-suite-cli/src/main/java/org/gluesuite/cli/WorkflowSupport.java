package org.gluesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.EngineOptions;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.WorkflowRunStore;

/** Where workflow definitions are found, and an engine wired to the local environment. */
final class WorkflowSupport {
  private WorkflowSupport() {
  }

  /**
   * {@code --definitions DIR} if given; else {@code $GLUE_SUITE_HOME/workflows/definitions} (set by
   * ./glue-suite); else the first {@code workflows/definitions} found walking up from the current folder.
   */
  static Path definitionsRoot(Path given) {
    if (given != null) {
      return given.toAbsolutePath();
    }
    String home = System.getenv("GLUE_SUITE_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "workflows", "definitions"))) {
      return Path.of(home, "workflows", "definitions");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("workflows").resolve("definitions"))) {
        return dir.resolve("workflows").resolve("definitions");
      }
    }
    throw new UsageException("No workflow definitions found: pass --definitions DIR (a folder of workflow folders, "
        + "each with workflow.json, triggers/ and jobs/), or run from the Glue Suite checkout.");
  }

  /**
   * The workflow {@code name} of {@code root}; its triggers may also start the jobs made with Glue's {@code CreateJob}
   * through {@code serve} ({@code WORKSPACE/jobs}).
   */
  static WorkflowDefinition load(Path root, String name, CatalogCrawlerLauncher crawlers, Workspace workspace) {
    List<String> folders = DefinitionLoader.workflowFolders(root);
    if (!folders.contains(name)) {
      throw WorkflowErrors.noSuchWorkflow(name, folders, root.toString());
    }
    return new DefinitionLoader(crawlers.crawlerNames()).load(root.resolve(name),
        DefinitionLoader.sharedJobs(workspace.jobDefinitions()));
  }

  static WorkflowRunStore store(Workspace workspace) {
    return new WorkflowRunStore(workspace.workflowRuns());
  }

  static WorkflowEngine engine(Console console, LocalEnvironment environment, CatalogCrawlerLauncher crawlers,
      int parallel, String principal) {
    return WorkflowEngine.builder()
        .jobLauncher(new LocalJobLauncher(console, environment, principal))
        .crawlerLauncher(crawlers)
        .store(store(environment.workspace()))
        .listener(new WorkflowProgress(console))
        .options(EngineOptions.DEFAULT.withMaxParallelActions(parallel).withHeartbeat(Duration.ofSeconds(1)))
        .build();
  }
}
