package org.gluesuite.workflow.engine;

import java.util.List;
import java.util.Map;

/** What a finished crawl reports: tables it created or updated, and partitions it added. */
public record CrawlOutcome(List<String> tables, int partitionsAdded, Map<String, Object> results) {
  public CrawlOutcome {
    tables = tables == null ? List.of() : List.copyOf(tables);
    results = results == null ? Map.of() : Map.copyOf(results);
  }
}
