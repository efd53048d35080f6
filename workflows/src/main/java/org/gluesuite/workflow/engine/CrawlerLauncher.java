package org.gluesuite.workflow.engine;

import java.util.Set;

/**
 * Runs crawler nodes. Returning normally is a SUCCEEDED crawl; throwing is FAILED (CANCELLED when the
 * engine stopped it). Implemented by whoever owns crawlers (locally, the CLI).
 */
public interface CrawlerLauncher {
  /** No crawlers at all. */
  CrawlerLauncher NONE = new CrawlerLauncher() {
    @Override
    public Set<String> crawlerNames() {
      return Set.of();
    }

    @Override
    public CrawlOutcome crawl(CrawlLaunch launch) {
      throw new IllegalStateException("no crawlers are available");
    }
  };

  /** The crawlers that exist, for validating crawler nodes before a run. */
  Set<String> crawlerNames();

  CrawlOutcome crawl(CrawlLaunch launch) throws Exception;
}
