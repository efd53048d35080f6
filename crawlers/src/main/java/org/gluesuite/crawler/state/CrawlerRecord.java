package org.gluesuite.crawler.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerState;

/** A crawler's persisted state: READY/RUNNING/STOPPING, the run in progress (id, process), the last crawl and history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrawlerRecord(
    @JsonProperty("Name") String name,
    @JsonProperty("State") CrawlerState state,
    @JsonProperty("RunId") String runId,
    @JsonProperty("Pid") Long pid,
    @JsonProperty("StartTime") Instant startTime,
    @JsonProperty("LastStatus") CrawlState lastStatus,
    @JsonProperty("LastErrorMessage") String lastErrorMessage,
    @JsonProperty("LastRunId") String lastRunId,
    @JsonProperty("LastStartTime") Instant lastStartTime,
    @JsonProperty("LastEndTime") Instant lastEndTime,
    @JsonProperty("RuntimesMillis") List<Long> runtimesMillis,
    @JsonProperty("TablesCreated") int tablesCreated,
    @JsonProperty("TablesUpdated") int tablesUpdated,
    @JsonProperty("TablesDeleted") int tablesDeleted) {

  public CrawlerRecord {
    runtimesMillis = runtimesMillis == null ? List.of() : List.copyOf(runtimesMillis);
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
