package org.gluesuite.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.serve.athena.AthenaOperations;
import org.gluesuite.serve.glue.ClassifierOperations;
import org.gluesuite.serve.glue.CrawlerOperations;
import org.gluesuite.serve.glue.DataQualityRulesetOperations;
import org.gluesuite.serve.glue.GlueCatalogOperations;
import org.gluesuite.serve.glue.JobOperations;
import org.gluesuite.serve.glue.TaggableResources;
import org.gluesuite.serve.glue.WorkflowApi;
import org.gluesuite.serve.lakeformation.LakeFormationOperations;
import org.gluesuite.serve.lakeformation.LakeFormationState;
import org.gluesuite.workflow.engine.JobLauncher;

/**
 * {@code glue-suite serve}: a {@link LocalEndpoint} for AWS Glue, Amazon Athena and AWS Lake Formation over a
 * workspace's embedded catalog (the same file the CLI and jobs use; other processes may use it meanwhile). This is
 * where the services' operations are registered: Glue's Data Catalog, crawler and (given a launcher) job operations;
 * operations of the model that are not registered answer {@code UnknownOperationException} saying they are not
 * served yet.
 */
public final class GlueSuiteServe implements AutoCloseable {
  /** Where the data quality ruleset operations keep rulesets, in the workspace (read them with dq's --rulesets). */
  public static final String RULESETS = "rulesets";
  private final EmbeddedCatalog catalog;
  private final List<AutoCloseable> engines;
  private final LocalEndpoint endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private GlueSuiteServe(EmbeddedCatalog catalog, List<AutoCloseable> engines, LocalEndpoint endpoint) {
    this.catalog = catalog;
    this.engines = engines;
    this.endpoint = endpoint;
  }

  /**
   * Opens the catalog in {@code catalogDir} and starts the endpoint; crawlers are defined in and crawl as
   * {@code crawling} says (the lake that stands in for S3, their state, their definitions folder).
   */
  public static GlueSuiteServe start(Path catalogDir, CrawlContext crawling, ServeSettings settings) {
    return start(catalogDir, crawling, null, settings);
  }

  /**
   * As {@link #start(Path, CrawlContext, ServeSettings)}, and Glue's job operations when {@code jobs} is given: jobs
   * are defined in {@code WORKSPACE/jobs} and run by {@code jobs} (the CLI's launcher runs them on local Spark).
   */
  public static GlueSuiteServe start(Path catalogDir, CrawlContext crawling, JobLauncher jobs,
      ServeSettings settings) {
    return start(catalogDir, crawling, jobs, defaultWorkflows(catalogDir), null, settings);
  }

  /**
   * As {@link #start(Path, CrawlContext, JobLauncher, ServeSettings)}, with Glue's workflow and trigger operations
   * over {@code workflowDefinitions} (a folder of workflow folders, as the workflow engine reads them: the CLI passes
   * the one {@code workflow run} uses); workflow runs are recorded in {@code WORKSPACE/runs/workflows}.
   */
  public static GlueSuiteServe start(Path catalogDir, CrawlContext crawling, JobLauncher jobs,
      Path workflowDefinitions, ServeSettings settings) {
    return start(catalogDir, crawling, jobs, workflowDefinitions, null, settings);
  }

  /**
   * As {@link #start(Path, CrawlContext, JobLauncher, ServeSettings)}, and Athena's query operations when
   * {@code spark} is given: queries run on that session's SparkContext (asked for at the first query) under the
   * workspace's Lake Formation state.
   */
  public static GlueSuiteServe start(Path catalogDir, CrawlContext crawling, JobLauncher jobs,
      Supplier<SparkSession> spark, ServeSettings settings) {
    return start(catalogDir, crawling, jobs, defaultWorkflows(catalogDir), spark, settings);
  }

  /** Everything: workflows over {@code workflowDefinitions}, Athena on {@code spark} when given. */
  public static GlueSuiteServe start(Path catalogDir, CrawlContext crawling, JobLauncher jobs,
      Path workflowDefinitions, Supplier<SparkSession> spark, ServeSettings settings) {
    EmbeddedCatalog catalog = EmbeddedCatalog.open(catalogDir);
    List<AutoCloseable> engines = new ArrayList<>();
    try {
      Path workspace = catalogDir.toAbsolutePath().getParent();
      ServiceApi glue = ServiceApi.glue();
      TaggableResources taggables = new TaggableResources();
      GlueCatalogOperations.register(glue, catalog, taggables);
      CrawlerService crawlers = CrawlerService.create(catalog, crawling);
      engines.add(CrawlerOperations.register(glue, taggables, crawlers));
      ClassifierOperations.register(glue, crawlers.definitions().classifiers());
      DataQualityRulesetOperations.register(glue, taggables, catalog, workspace.resolve(RULESETS));
      JobOperations jobOperations = jobs == null ? null
          : JobOperations.register(glue, taggables, workspace.resolve("jobs"), workspace.resolve("bookmarks"), jobs,
              settings.jobTimeoutMinute());
      if (jobOperations != null) {
        engines.add(jobOperations);
      }
      engines.add(WorkflowApi.register(glue, catalog, taggables, workspace, workflowDefinitions, crawlers,
          jobOperations, jobs));
      LakeFormationState lakeFormationState = LakeFormationState.forWorkspace(catalogDir.toAbsolutePath().getParent());
      ServiceApi lakeFormation = ServiceApi.lakeFormation();
      LakeFormationOperations.register(lakeFormation, lakeFormationState, catalog);
      ServiceApi athena = ServiceApi.athena();
      if (spark != null) {
        engines.add(AthenaOperations.register(athena, spark, catalog, lakeFormationState));
      }
      List<ServiceApi> services = List.of(glue, athena, lakeFormation);
      return new GlueSuiteServe(catalog, engines, LocalEndpoint.start(settings, services));
    } catch (RuntimeException e) {
      closeAll(engines);
      catalog.close();
      throw e;
    }
  }

  /** {@link #start(Path, CrawlContext, ServeSettings)} in a workspace's layout: the catalog is {@code WORKSPACE/catalog}. */
  public static GlueSuiteServe start(Path catalogDir, ServeSettings settings) {
    Path workspace = catalogDir.toAbsolutePath().getParent();
    return start(catalogDir, CrawlContext.forWorkspace(workspace, workspace.resolve("crawlers").resolve("definitions")),
        settings);
  }

  public LocalEndpoint endpoint() {
    return endpoint;
  }

  /** The catalog the endpoint answers from (for checks next to it; it is shared, not owned, by the caller). */
  public EmbeddedCatalog catalog() {
    return catalog;
  }

  /** Stops the endpoint, then closes the catalog; closing twice (a shutdown hook, say) does nothing more. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      endpoint.close();
      closeAll(engines);
    } finally {
      catalog.close();
    }
  }

  private static Path defaultWorkflows(Path catalogDir) {
    return catalogDir.toAbsolutePath().getParent().resolve("workflows");
  }

  private static void closeAll(List<AutoCloseable> engines) {
    for (AutoCloseable engine : engines) {
      try {
        engine.close();
      } catch (Exception e) {
        throw new IllegalStateException("Could not stop " + engine + ": " + e.getMessage(), e);
      }
    }
  }
}
