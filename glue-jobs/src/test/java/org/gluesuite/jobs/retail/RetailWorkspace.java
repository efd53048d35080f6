package org.gluesuite.jobs.retail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.job.RunnerSettings;
import org.gluesuite.runtime.testing.TestSpark;

/**
 * A workspace as the CLI lays it out ({@code lake/}, {@code catalog/}, {@code runs/}, {@code bookmarks/},
 * {@code crawlers/}) with the retail pipeline's pieces run as the workflow runs them: the crawler of
 * {@code crawlers/definitions/retail-orders.json} and the jobs with their local default arguments.
 */
final class RetailWorkspace implements AutoCloseable {
  final Path root;
  final Path lake;
  final Path pipeline;
  final DataCatalog catalog;

  private RetailWorkspace(Path root) {
    this.root = root;
    this.lake = root.resolve("lake");
    this.pipeline = lake.resolve(RetailJobs.ROOT);
    this.catalog = EmbeddedCatalog.open(root.resolve("catalog"));
  }

  static RetailWorkspace create(String prefix) {
    return new RetailWorkspace(TestSpark.newFolder(prefix));
  }

  CrawlResult crawl() {
    CrawlContext context = CrawlContext.forWorkspace(root, repository().resolve("crawlers").resolve("definitions"));
    return CrawlerService.create(catalog, context).startCrawler(RetailJobs.RAW_CRAWLER);
  }

  /** The clean job with its local defaults, with the bookmark enabled or not. */
  JobRunRecord clean(boolean bookmarked) {
    return run(RetailCleanJob.NAME, new RetailCleanJob(), RetailJobs.cleanDefaults(lake),
        bookmarked ? Map.of("job-bookmark-option", "job-bookmark-enable") : Map.of());
  }

  JobRunRecord train(Map<String, String> arguments) {
    return run(RetailTrainJob.NAME, new RetailTrainJob(), RetailJobs.trainDefaults(lake), arguments);
  }

  JobRunRecord run(String name, GlueJob job, Map<String, String> defaults, Map<String, String> arguments) {
    Map<String, String> all = new LinkedHashMap<>(defaults);
    all.putAll(arguments);
    List<String> argv = new ArrayList<>();
    all.forEach((k, v) -> {
      argv.add("--" + k);
      argv.add(v);
    });
    FileJobRunStore runs = new FileJobRunStore(root.resolve("runs").resolve("jobs"));
    return new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), runs,
        RunnerSettings.inWorkspace(root)).run(name, job, JobArgumentParser.parse(argv.toArray(String[]::new)));
  }

  /** A Parquet table the jobs wrote, with its partition columns (read by path, not through the catalog). */
  Dataset<Row> parquet(String relative) {
    return TestSpark.session().read().parquet(pipeline.resolve(relative).toString());
  }

  Path errors(String job) {
    return root.resolve("errors").resolve(job);
  }

  @Override
  public void close() {
    catalog.close();
  }

  /** The repository root (the folder holding {@code .git}). */
  static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("The tests run inside the repository; no .git found above "
          + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** {@code ../shared/data/online_retail/online_retail.csv.gz} next to the repository. */
  static Path sharedOrders() {
    return repository().getParent().resolve("shared").resolve("data").resolve("online_retail")
        .resolve("online_retail.csv.gz");
  }
}
