package org.gluesuite.runtime.job;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts a job reports about itself: rows read per source, error records per step, and named results
 * (for example a model's RMSE). Sinks report rows written on their own. Thread-safe.
 */
public final class JobMetrics {
  private final Map<String, Long> rowsRead = new LinkedHashMap<>();
  private final Map<String, Long> errorRecords = new LinkedHashMap<>();
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final Map<String, Integer> filesRead = new LinkedHashMap<>();

  /** Files a bookmarked source read this run (its transformation context → new files). */
  public synchronized void recordFiles(String transformationContext, int files) {
    filesRead.merge(transformationContext, files, Integer::sum);
  }

  public synchronized Map<String, Integer> filesRead() {
    return new LinkedHashMap<>(filesRead);
  }

  public synchronized void recordRead(String source, long rows) {
    rowsRead.merge(source, rows, Long::sum);
  }

  public synchronized void recordErrors(String step, long errors) {
    if (errors > 0) {
      errorRecords.merge(step, errors, Long::sum);
    }
  }

  /** A named result of the run, e.g. {@code put("rmse", 7.9)}; values must be JSON-friendly. */
  public synchronized void put(String name, Object value) {
    results.put(name, value);
  }

  public synchronized Map<String, Long> rowsRead() {
    return new LinkedHashMap<>(rowsRead);
  }

  public synchronized Map<String, Long> errorRecords() {
    return new LinkedHashMap<>(errorRecords);
  }

  public synchronized Map<String, Object> results() {
    return new LinkedHashMap<>(results);
  }
}
