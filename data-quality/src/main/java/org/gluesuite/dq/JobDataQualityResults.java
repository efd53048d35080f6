package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gluesuite.dq.internal.ResultDocuments;
import org.gluesuite.runtime.job.JobMetrics;

/**
 * Data quality results in a job run's record: under {@code Results.DataQuality}, a list in the shape of Glue's
 * {@code GetDataQualityResult}, one entry per evaluation the run published.
 */
public final class JobDataQualityResults {
  public static final String KEY = "DataQuality";

  private JobDataQualityResults() {
  }

  /** Adds {@code result} to the run's metrics (and so to its record, whether it succeeds or fails). */
  public static void record(JobMetrics metrics, DataQualityResult result) {
    synchronized (metrics) {
      List<Object> all = new ArrayList<>();
      Object earlier = metrics.results().get(KEY);
      if (earlier instanceof List<?> list) {
        all.addAll(list);
      }
      all.add(ResultDocuments.toMap(result));
      metrics.put(KEY, all);
    }
  }

  /** The results a run record's {@code Results} hold (none when it has none). */
  public static List<DataQualityResult> in(Map<String, Object> results) {
    if (results == null || !(results.get(KEY) instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(ResultDocuments::fromMap).toList();
  }
}
