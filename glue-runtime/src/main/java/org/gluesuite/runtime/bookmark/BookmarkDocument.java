package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bookmark file's format: one JSON document per job, {@code {"FormatVersion":1, "Checksum":"sha256:…",
 * "JobBookmarkEntry":{…}}}. The checksum is over the entry in canonical form (keys sorted, no spaces), so a
 * truncated, hand-edited or bit-flipped file is detected instead of being read some other way. Plain JSON
 * objects, so the same file can sit in S3 next to the data.
 */
final class BookmarkDocument {
  static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private BookmarkDocument() {
  }

  static byte[] write(JobBookmarkEntry entry) {
    try {
      JsonNode body = JSON.valueToTree(entry);
      ObjectNode document = JSON.createObjectNode();
      document.put("FormatVersion", FORMAT_VERSION);
      document.put("Checksum", checksum(body));
      document.set("JobBookmarkEntry", body);
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the bookmark of " + entry.jobName(), e);
    }
  }

  static JobBookmarkEntry read(String jobName, Path file, byte[] bytes) {
    JsonNode document;
    try {
      document = JSON.readTree(bytes);
    } catch (java.io.IOException e) {
      throw BookmarkErrors.corrupt(jobName, file, "it is not valid JSON (" + e.getMessage() + ")", e);
    }
    if (document == null || !document.isObject()) {
      throw BookmarkErrors.corrupt(jobName, file, "it is empty or not a JSON object", null);
    }
    JsonNode version = document.get("FormatVersion");
    if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
      throw BookmarkErrors.corrupt(jobName, file, "its FormatVersion is " + version + ", and this build reads "
          + "version " + FORMAT_VERSION + " only", null);
    }
    JsonNode body = document.get("JobBookmarkEntry");
    JsonNode stored = document.get("Checksum");
    if (body == null || stored == null) {
      throw BookmarkErrors.corrupt(jobName, file, "JobBookmarkEntry or Checksum is missing", null);
    }
    String actual = checksum(body);
    if (!actual.equals(stored.asText())) {
      throw BookmarkErrors.corrupt(jobName, file, "its checksum does not match (stored " + stored.asText()
          + ", content " + actual + "); it was changed outside glue-suite or only partly written", null);
    }
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

  private static String checksum(JsonNode body) {
    try {
      Object plain = CANONICAL.treeToValue(body, Object.class);
      byte[] canonical = CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute a bookmark checksum", e);
    }
  }
}
