package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.gluesuite.common.json.PascalCaseJson;

/** One finished crawl: status, timings, Glue's metrics (tables created, updated, deleted), partitions added and the report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record CrawlResult(
    String crawlerName,
    String runId,
    CrawlState status,
    String errorMessage,
    Instant startTime,
    Instant endTime,
    int tablesCreated,
    int tablesUpdated,
    int tablesDeleted,
    int partitionsAdded,
    CrawlReport report) {

  @com.fasterxml.jackson.annotation.JsonIgnore
  public long elapsedMillis() {
    return endTime.toEpochMilli() - startTime.toEpochMilli();
  }
}
