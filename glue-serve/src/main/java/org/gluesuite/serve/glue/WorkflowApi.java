package org.gluesuite.serve.glue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.run.WorkflowRunStore;

/**
 * Registers Glue's workflow and trigger operations ({@link WorkflowOperations}) and, given a job launcher, the
 * workflow run operations on the workflow engine ({@link WorkflowRunOperations}).
 */
public final class WorkflowApi {
  private WorkflowApi() {
  }

  /**
   * Workflows live in {@code definitions} (folders the workflow engine reads), runs in
   * {@code WORKSPACE/runs/workflows}; close the result to stop the runs started here.
   */
  public static AutoCloseable register(ServiceApi glue, EmbeddedCatalog catalog, TaggableResources taggables,
      Path workspace, Path definitions, CrawlerService crawlers, JobOperations jobs, JobLauncher launcher) {
    WorkflowFolders folders = new WorkflowFolders(definitions, workspace,
        () -> new TreeSet<>(Set.copyOf(crawlers.definitions().names())));
    WorkflowRunStore store = new WorkflowRunStore(workspace.resolve("runs").resolve("workflows"));
    if (launcher == null) {
      WorkflowOperations.register(glue, folders, catalog, store, taggables, null);
      return () -> { };
    }
    WorkflowRunOperations runs = WorkflowRunOperations.register(glue, folders, store, launcher,
        new ServeCrawlerLauncher(crawlers));
    WorkflowOperations.register(glue, folders, catalog, store, taggables, new WorkflowOperations.OnDemandStarts() {
      @Override
      public void startWorkflow(String workflow) {
        runs.start(workflow, java.util.Map.of());
      }

      @Override
      public void startJob(String job, java.util.Map<String, String> arguments) {
        jobs.startRun(job, arguments);
      }
    });
    return runs;
  }
}
