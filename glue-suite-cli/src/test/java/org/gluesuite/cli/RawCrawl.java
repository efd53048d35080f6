package org.gluesuite.cli;

import java.nio.file.Path;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.jobs.airquality.AirQualityJobs;

/** Test fixture: runs the repository's airquality-raw crawler over a workspace, as ./glue-suite run air-quality does. */
final class RawCrawl {
  /** The repository's crawler definitions, relative to this module (tests run in glue-suite-cli/). */
  static final Path DEFINITIONS = Path.of("..", "crawlers", "definitions");

  private RawCrawl() {
  }

  static CrawlResult run(DataCatalog catalog, Path workspace) {
    CrawlResult result = CrawlerService.create(catalog, CrawlContext.forWorkspace(workspace, DEFINITIONS))
        .startCrawler(AirQualityJobs.RAW_CRAWLER);
    if (result.status() != CrawlState.SUCCEEDED) {
      throw new IllegalStateException("crawl failed: " + result);
    }
    return result;
  }
}
