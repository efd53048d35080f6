package org.gluesuite.runtime.job;

import org.gluesuite.common.GlueSuiteException;

/** A job run that ended FAILED; carries the run record that was saved for it. */
public final class JobFailedException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;
  private final transient JobRunRecord record;

  JobFailedException(JobRunRecord record, Throwable cause) {
    super(String.format("Job %s run %s failed: %s", record.jobName(), record.id(), record.errorMessage()), cause);
    this.record = record;
  }

  public JobRunRecord record() {
    return record;
  }
}
