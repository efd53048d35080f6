package org.gluesuite.runtime.job;

import org.gluesuite.common.GlueSuiteUserException;

/** A run record whose file fails its format version or checksum; see {@link JobErrors#corruptRunRecord}. */
public final class CorruptRunRecordException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;
  private final String jobName;

  CorruptRunRecordException(String jobName, String message, Throwable cause) {
    super(message, cause);
    this.jobName = jobName;
  }

  /** The job whose run record is damaged. */
  public String jobName() {
    return jobName;
  }
}
