package org.gluesuite.workflow.engine;

import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;

/** What a finished crawl reports: tables it created or updated, and partitions it added. */
public record CrawlOutcome(List<String> tables, int partitionsAdded, Map<String, Object> results) {
  public CrawlOutcome {
    tables = Immutable.list(tables);
    results = Immutable.map(results);
  }
}
