package org.gluesuite.cli;

import org.gluesuite.dq.DataQualityResult;
import org.gluesuite.dq.DataQualityResultStore;
import org.gluesuite.dq.JobDataQualityResults;
import org.gluesuite.runtime.job.JobRunRecord;

/** Keeps the data quality results a job run published (in its record) in the workspace's result history. */
final class DataQualityHistory {
  private DataQualityHistory() {
  }

  static void keep(Workspace workspace, JobRunRecord record) {
    DataQualityResultStore store = new DataQualityResultStore(workspace.dataQuality());
    for (DataQualityResult result : JobDataQualityResults.in(record.results())) {
      store.save(result);
    }
  }
}
