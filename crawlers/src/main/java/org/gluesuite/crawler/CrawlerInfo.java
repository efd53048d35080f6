package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * Glue's {@code GetCrawler} and {@code GetCrawlerMetrics} in one: state, the last crawl (status, error
 * message, log of the run id, start time), and metrics.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record CrawlerInfo(
    String name,
    CrawlerState state,
    LastCrawl lastCrawl,
    Long crawlElapsedTime,
    Metrics metrics) {

  /** Glue's {@code LastCrawlInfo}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @PascalCaseJson
  public record LastCrawl(
      CrawlState status,
      String errorMessage,
      String runId,
      Instant startTime,
      Instant endTime) {
  }

  /** Glue's {@code CrawlerMetrics}, runtimes in seconds. */
  @PascalCaseJson
  public record Metrics(
      double lastRuntimeSeconds,
      double medianRuntimeSeconds,
      int tablesCreated,
      int tablesUpdated,
      int tablesDeleted) {
  }
}
