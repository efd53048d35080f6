package org.gluesuite.runtime.job;

/** A run record whose file fails its format version or checksum; see {@link JobErrors#corruptRunRecord}. */
public final class CorruptRunRecordException extends IllegalStateException {
  CorruptRunRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
