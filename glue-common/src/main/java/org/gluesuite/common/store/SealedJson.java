package org.gluesuite.common.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A state file sealed with its format version and a checksum: {@code {"FormatVersion":2, "Checksum":"sha256:…",
 * "<Body>":{…}}}, where the checksum is over the body's bytes exactly as they stand in the file. A truncated,
 * hand-edited or bit-flipped file is detected instead of being read some other way, and any value (a decimal's
 * scale, a double's last digit) reads back as written. Plain JSON objects, so the same file can sit in S3. Used by
 * job bookmarks and job and workflow run records.
 *
 * <p>Version 1 files (job bookmarks written before version 2) are still read: their checksum is over the body
 * re-serialised with sorted keys, exact for the integers and strings bookmarks hold.
 */
public final class SealedJson {
  /** The version this build writes. */
  public static final int FORMAT_VERSION = 2;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper SORTED = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final String bodyField;
  private final boolean readsUnsealed;

  private SealedJson(String bodyField, boolean readsUnsealed) {
    if (!bodyField.matches("[A-Za-z]+")) {
      throw new IllegalArgumentException("Body field names are plain words: " + bodyField);
    }
    this.bodyField = bodyField;
    this.readsUnsealed = readsUnsealed;
  }

  /** Documents whose content sits under {@code bodyField}; a file without a seal is corrupt. */
  public static SealedJson of(String bodyField) {
    return new SealedJson(bodyField, false);
  }

  /**
   * Like {@link #of}, but a file with no {@code FormatVersion} at all is read as the unsealed format older builds
   * wrote (the whole document is the body, nothing to verify); the next save seals it.
   */
  public static SealedJson readingUnsealed(String bodyField) {
    return new SealedJson(bodyField, true);
  }

  /** Makes the exception that reports a corrupt document; {@code why} says what is wrong with it. */
  @FunctionalInterface
  public interface Corruption {
    RuntimeException because(String why, Throwable cause);
  }

  /** The sealed document for {@code body} (already a JSON tree of the content). */
  public byte[] seal(JsonNode body) {
    byte[] bodyBytes;
    try {
      bodyBytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a " + bodyField + " document", e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bodyBytes.length + 160);
    out.writeBytes(("{\n  \"FormatVersion\" : " + FORMAT_VERSION + ",\n  \"Checksum\" : \"" + sha256(bodyBytes)
        + "\",\n  \"" + bodyField + "\" : ").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bodyBytes);
    out.writeBytes("\n}\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The body of a document, after checking its version and checksum; {@code corrupt} reports any fault. */
  public JsonNode open(byte[] bytes, Corruption corrupt) {
    JsonNode document;
    try {
      document = JSON.readTree(bytes);
    } catch (IOException e) {
      throw corrupt.because("it is not valid JSON (" + e.getMessage() + ")", e);
    }
    if (document == null || !document.isObject()) {
      throw corrupt.because("it is empty or not a JSON object", null);
    }
    JsonNode found = document.get("FormatVersion");
    if (found == null && readsUnsealed) {
      return document;
    }
    if (found == null || !found.isInt() || (found.intValue() != 1 && found.intValue() != FORMAT_VERSION)) {
      throw corrupt.because("its FormatVersion is " + found + ", and this build reads versions 1 and "
          + FORMAT_VERSION + (found == null ? " (a file without one was not written by glue-suite)" : ""), null);
    }
    JsonNode body = document.get(bodyField);
    JsonNode stored = document.get("Checksum");
    if (body == null || stored == null) {
      throw corrupt.because(bodyField + " or Checksum is missing", null);
    }
    String actual = found.intValue() == 1 ? sortedChecksum(body) : sha256(bodyBytes(bytes, corrupt));
    if (!actual.equals(stored.asText())) {
      throw corrupt.because("its checksum does not match (stored " + stored.asText() + ", content " + actual
          + "); it was changed outside glue-suite or only partly written", null);
    }
    return body;
  }

  /** The bytes of the top-level body value, exactly as they stand in the file. */
  private byte[] bodyBytes(byte[] bytes, Corruption corrupt) {
    try (JsonParser p = JSON.getFactory().createParser(bytes)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals(bodyField)) {
          int start = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          int end = (int) p.currentLocation().getByteOffset();
          return Arrays.copyOfRange(bytes, start, end);
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      throw corrupt.because("it is not valid JSON (" + e.getMessage() + ")", e);
    }
    throw corrupt.because(bodyField + " is missing", null);
  }

  private static String sha256(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String sortedChecksum(JsonNode body) {
    try {
      Object plain = SORTED.treeToValue(body, Object.class);
      return sha256(SORTED.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot compute a checksum", e);
    }
  }
}
