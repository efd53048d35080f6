package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gluesuite.common.store.SealedJson;

/**
 * The bookmark file's format: one sealed JSON document per job, {@code {"FormatVersion":2, "Checksum":"sha256:…",
 * "JobBookmarkEntry":{…}}} (see {@link SealedJson}), so a damaged file is detected instead of being read some other
 * way. Bookmarks were always sealed: a file without a seal is corrupt.
 */
final class BookmarkDocument {
  private static final SealedJson FORMAT = SealedJson.of("JobBookmarkEntry");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private BookmarkDocument() {
  }

  static byte[] write(JobBookmarkEntry entry) {
    return FORMAT.seal(JSON.valueToTree(entry));
  }

  static JobBookmarkEntry read(String jobName, Path file, byte[] bytes) {
    JsonNode body = FORMAT.open(bytes, (why, cause) -> BookmarkErrors.corrupt(jobName, file, why, cause));
    try {
      JobBookmarkEntry entry = JSON.treeToValue(body, JobBookmarkEntry.class);
      if (!jobName.equals(entry.jobName())) {
        throw BookmarkErrors.corrupt(jobName, file, "it belongs to job " + entry.jobName(), null);
      }
      return entry;
    } catch (JsonProcessingException e) {
      throw BookmarkErrors.corrupt(jobName, file, "its content does not fit the bookmark format ("
          + e.getOriginalMessage() + ")", e);
    }
  }
}
