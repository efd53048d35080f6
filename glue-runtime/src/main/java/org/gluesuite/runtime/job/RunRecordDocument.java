package org.gluesuite.runtime.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gluesuite.common.store.SealedJson;

/**
 * The run record file's format: {@code {"FormatVersion":2, "Checksum":"sha256:…", "JobRun":{…}}} (see
 * {@link SealedJson}); {@code JobRun} is the record, named as in Glue's {@code GetJobRun} response. Records older
 * builds wrote unsealed (the bare record) are still read.
 */
final class RunRecordDocument {
  private static final SealedJson FORMAT = SealedJson.readingUnsealed("JobRun");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RunRecordDocument() {
  }

  static byte[] write(JobRunRecord record) {
    return FORMAT.seal(JSON.valueToTree(record));
  }

  /** The record in {@code file}, which must be run {@code runId} of {@code jobName}. */
  static JobRunRecord read(String jobName, String runId, Path file, byte[] bytes) {
    JsonNode body = FORMAT.open(bytes, (why, cause) -> JobErrors.corruptRunRecord(jobName, file, why, cause));
    JobRunRecord record;
    try {
      record = JSON.treeToValue(body, JobRunRecord.class);
    } catch (JsonProcessingException e) {
      throw JobErrors.corruptRunRecord(jobName, file, "its content does not fit the run record format ("
          + e.getOriginalMessage() + ")", e);
    }
    if (!jobName.equals(record.jobName()) || !runId.equals(record.id())) {
      throw JobErrors.corruptRunRecord(jobName, file, "it holds run " + record.id() + " of job "
          + record.jobName(), null);
    }
    return record;
  }
}
