package org.gluesuite.serve.glue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.workflow.engine.CrawlLaunch;
import org.gluesuite.workflow.engine.CrawlOutcome;
import org.gluesuite.workflow.engine.CrawlerLauncher;

/**
 * Runs a workflow's crawler nodes with the endpoint's own {@link CrawlerService}: the crawlers of its definitions
 * folder, crawling into its catalog, with the crawler's state updated as {@code StartCrawler} updates it (so
 * {@code GetCrawler} shows a workflow's crawl, and a crawl already running makes the node FAILED).
 */
final class ServeCrawlerLauncher implements CrawlerLauncher {
  private final CrawlerService crawlers;

  ServeCrawlerLauncher(CrawlerService crawlers) {
    this.crawlers = crawlers;
  }

  @Override
  public Set<String> crawlerNames() {
    return Set.copyOf(crawlers.definitions().names());
  }

  @Override
  public CrawlOutcome crawl(CrawlLaunch launch) {
    CrawlResult result = crawlers.crawl(crawlers.definition(launch.crawlerName()));
    if (result.status() != CrawlState.SUCCEEDED) {
      throw new IllegalStateException("Crawler " + launch.crawlerName() + " ended " + result.status()
          + (result.errorMessage() == null ? "" : ": " + result.errorMessage()));
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("tables_created", result.tablesCreated());
    results.put("tables_updated", result.tablesUpdated());
    results.put("tables_deleted", result.tablesDeleted());
    List<String> tables = result.report() == null ? List.of() : result.report().tables().stream()
        .map(change -> crawlers.definition(launch.crawlerName()).databaseName() + "." + change.table()).toList();
    return new CrawlOutcome(tables, result.partitionsAdded(), results);
  }
}
