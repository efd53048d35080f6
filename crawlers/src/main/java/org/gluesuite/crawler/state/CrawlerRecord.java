package org.gluesuite.crawler.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerState;

/** A crawler's persisted state: READY/RUNNING/STOPPING, the run in progress (id, process), the last crawl and history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record CrawlerRecord(
    String name,
    CrawlerState state,
    String runId,
    Long pid,
    Instant startTime,
    CrawlState lastStatus,
    String lastErrorMessage,
    String lastRunId,
    Instant lastStartTime,
    Instant lastEndTime,
    List<Long> runtimesMillis,
    int tablesCreated,
    int tablesUpdated,
    int tablesDeleted) {

  public CrawlerRecord {
    runtimesMillis = Immutable.list(runtimesMillis);
  }

  static CrawlerRecord ready(String name) {
    return new CrawlerRecord(name, CrawlerState.READY, null, null, null, null, null, null, null, null, List.of(), 0, 0, 0);
  }

  CrawlerRecord running(String newRunId, long newPid, Instant start) {
    return new CrawlerRecord(name, CrawlerState.RUNNING, newRunId, newPid, start, lastStatus, lastErrorMessage,
        lastRunId, lastStartTime, lastEndTime, runtimesMillis, tablesCreated, tablesUpdated, tablesDeleted);
  }

  CrawlerRecord finished(CrawlState status, String error, Instant end, int created, int updated, int deleted) {
    java.util.ArrayList<Long> runtimes = new java.util.ArrayList<>(runtimesMillis);
    runtimes.add(end.toEpochMilli() - startTime.toEpochMilli());
    while (runtimes.size() > 50) {
      runtimes.remove(0);
    }
    return new CrawlerRecord(name, CrawlerState.READY, null, null, null, status, error, runId, startTime, end,
        runtimes, created, updated, deleted);
  }
}
