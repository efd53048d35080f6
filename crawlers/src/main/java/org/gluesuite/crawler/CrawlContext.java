package org.gluesuite.crawler;

import java.nio.file.Path;

/**
 * Where a crawl runs: the lake folder that stands in for S3 ({@code s3://bucket/key} is
 * {@code lake/bucket/key}), the folder holding crawler state and run reports, the folder of crawler
 * definitions (for {@link CrawlerService#startCrawler}), and a progress sink.
 */
public record CrawlContext(Path lake, Path stateDir, Path definitionsDir, CrawlProgress progress) {

  public CrawlContext {
    lake = lake.toAbsolutePath().normalize();
    stateDir = stateDir.toAbsolutePath().normalize();
    definitionsDir = definitionsDir.toAbsolutePath().normalize();
    progress = progress == null ? CrawlProgress.SILENT : progress;
  }

  /** A workspace's layout: {@code lake/} and {@code crawlers/}; definitions from {@code definitionsDir}. */
  public static CrawlContext forWorkspace(Path workspace, Path definitionsDir) {
    return new CrawlContext(workspace.resolve("lake"), workspace.resolve("crawlers"), definitionsDir, null);
  }

  public CrawlContext withProgress(CrawlProgress newProgress) {
    return new CrawlContext(lake, stateDir, definitionsDir, newProgress);
  }
}
