package org.gluesuite.common.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the report files' JSON with the file and JSON path in every error. */
final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportJson() {
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
