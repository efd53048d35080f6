package org.gluesuite.runtime.job;

import java.util.List;
import java.util.Optional;

/** Where run records are kept. Locally a folder of the workspace; on AWS Glue, Glue's own job runs. */
public interface JobRunStore {
  void save(JobRunRecord record);

  Optional<JobRunRecord> find(String jobName, String runId);

  /** The job's runs, newest first. */
  List<JobRunRecord> list(String jobName);

  /** A store that keeps nothing, for environments that record runs themselves. */
  static JobRunStore none() {
    return new JobRunStore() {
      @Override
      public void save(JobRunRecord record) {
      }

      @Override
      public Optional<JobRunRecord> find(String jobName, String runId) {
        return Optional.empty();
      }

      @Override
      public List<JobRunRecord> list(String jobName) {
        return List.of();
      }
    };
  }
}
