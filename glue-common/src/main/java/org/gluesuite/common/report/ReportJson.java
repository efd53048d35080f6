package org.gluesuite.common.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the report files' JSON with the file and JSON path in every error. */
final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportJson() {
  }

  /** Writes {@code json} to {@code file} (UTF-8), replacing it, creating its folder. */
  static void write(Path file, String json) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportFileErrors.unreadable(file.toString(), e);
    }
  }

  /** The text of {@code file} (UTF-8). */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportFileErrors.unreadable(file.toString(), e);
    }
  }

  static JsonNode tree(String source, String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw ReportFileErrors.malformed(source, "$", "expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw ReportFileErrors.malformed(source, "$", "not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  static String text(String source, JsonNode parent, String at, String field) {
    JsonNode v = parent.get(field);
    if (v == null || !v.isTextual()) {
      throw ReportFileErrors.malformed(source, at + "." + field, v == null ? "missing" : "expected a string");
    }
    return v.asText();
  }

  static JsonNode object(String source, JsonNode parent, String at, String field) {
    JsonNode v = parent.get(field);
    if (v == null || !v.isObject()) {
      throw ReportFileErrors.malformed(source, at + "." + field, v == null ? "missing" : "expected an object");
    }
    return v;
  }
}
