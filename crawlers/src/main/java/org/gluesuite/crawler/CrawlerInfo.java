package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Glue's {@code GetCrawler} and {@code GetCrawlerMetrics} in one: state, the last crawl (status, error
 * message, log of the run id, start time), and metrics.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrawlerInfo(
    @JsonProperty("Name") String name,
    @JsonProperty("State") CrawlerState state,
    @JsonProperty("LastCrawl") LastCrawl lastCrawl,
    @JsonProperty("CrawlElapsedTime") Long crawlElapsedTime,
    @JsonProperty("Metrics") Metrics metrics) {

  /** Glue's {@code LastCrawlInfo}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LastCrawl(
      @JsonProperty("Status") CrawlState status,
      @JsonProperty("ErrorMessage") String errorMessage,
      @JsonProperty("RunId") String runId,
      @JsonProperty("StartTime") Instant startTime,
      @JsonProperty("EndTime") Instant endTime) {
  }

  /** Glue's {@code CrawlerMetrics}, runtimes in seconds. */
  public record Metrics(
      @JsonProperty("LastRuntimeSeconds") double lastRuntimeSeconds,
      @JsonProperty("MedianRuntimeSeconds") double medianRuntimeSeconds,
      @JsonProperty("TablesCreated") int tablesCreated,
      @JsonProperty("TablesUpdated") int tablesUpdated,
      @JsonProperty("TablesDeleted") int tablesDeleted) {
  }
}
