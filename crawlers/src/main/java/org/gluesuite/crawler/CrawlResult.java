package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One finished crawl: status, timings, Glue's metrics (tables created, updated, deleted), partitions added and the report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrawlResult(
    @JsonProperty("CrawlerName") String crawlerName,
    @JsonProperty("RunId") String runId,
    @JsonProperty("Status") CrawlState status,
    @JsonProperty("ErrorMessage") String errorMessage,
    @JsonProperty("StartTime") Instant startTime,
    @JsonProperty("EndTime") Instant endTime,
    @JsonProperty("TablesCreated") int tablesCreated,
    @JsonProperty("TablesUpdated") int tablesUpdated,
    @JsonProperty("TablesDeleted") int tablesDeleted,
    @JsonProperty("PartitionsAdded") int partitionsAdded,
    @JsonProperty("Report") CrawlReport report) {

  @com.fasterxml.jackson.annotation.JsonIgnore
  public long elapsedMillis() {
    return endTime.toEpochMilli() - startTime.toEpochMilli();
  }
}
