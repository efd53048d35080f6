package org.gluesuite.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A state file sealed with its format version and a checksum: {@code {"FormatVersion":N, "Checksum":"sha256:…",
 * "<Body>":{…}}}. The checksum is over the body in canonical form (keys sorted, no spaces), so a truncated,
 * hand-edited or bit-flipped file is detected instead of being read some other way. Plain JSON objects, so the same
 * file can sit in S3. Used by job bookmarks and run records.
 */
public final class SealedJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final int version;
  private final String bodyField;

  /** The format {@code version} of documents whose content sits under {@code bodyField}. */
  public SealedJson(int version, String bodyField) {
    this.version = version;
    this.bodyField = bodyField;
  }

  /** Makes the exception that reports a corrupt document; {@code why} says what is wrong with it. */
  @FunctionalInterface
  public interface Corruption {
    RuntimeException because(String why, Throwable cause);
  }

  /** The sealed document for {@code body} (already a JSON tree of the content). */
  public byte[] seal(JsonNode body) {
    ObjectNode document = JSON.createObjectNode();
    document.put("FormatVersion", version);
    document.put("Checksum", checksum(body));
    document.set(bodyField, body);
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a " + bodyField + " document", e);
    }
  }

  /** The body of a sealed document, after checking its version and checksum; {@code corrupt} reports any fault. */
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
    if (found == null || !found.isInt() || found.intValue() != version) {
      throw corrupt.because("its FormatVersion is " + found + ", and this build reads version " + version
          + " only", null);
    }
    JsonNode body = document.get(bodyField);
    JsonNode stored = document.get("Checksum");
    if (body == null || stored == null) {
      throw corrupt.because(bodyField + " or Checksum is missing", null);
    }
    String actual = checksum(body);
    if (!actual.equals(stored.asText())) {
      throw corrupt.because("its checksum does not match (stored " + stored.asText() + ", content " + actual
          + "); it was changed outside glue-suite or only partly written", null);
    }
    return body;
  }

  private static String checksum(JsonNode body) {
    try {
      Object plain = CANONICAL.treeToValue(body, Object.class);
      byte[] canonical = CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute a checksum", e);
    }
  }
}
