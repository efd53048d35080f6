package org.gluesuite.crawler.classify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON records from a text sample: JSON lines (broken lines counted, not fatal) or a stream of whole documents. */
final class JsonRecords {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRecords() {
  }

  record Parsed(List<JsonNode> records, int brokenLines, int firstBrokenLine) {
  }

  /** Whether the text looks like JSON at all (first non-blank character '{' or '['). */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  static Parsed parse(String text) {
    Parsed lines = asLines(text);
    if (!lines.records().isEmpty() && lines.records().size() >= lines.brokenLines()) {
      return lines;
    }
    Parsed documents = asDocuments(text);
    return documents.records().isEmpty() ? lines : documents;
  }

  private static Parsed asLines(String text) {
    List<JsonNode> records = new ArrayList<>();
    int broken = 0;
    int firstBroken = -1;
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        JsonNode node = MAPPER.readTree(trimmed);
        if (node != null && (node.isObject() || node.isArray())) {
          records.add(node);
          continue;
        }
      } catch (IOException e) {
        // counted below
      }
      broken++;
      if (firstBroken < 0) {
        firstBroken = lineNumber;
      }
    }
    return new Parsed(records, broken, firstBroken);
  }

  private static Parsed asDocuments(String text) {
    List<JsonNode> records = new ArrayList<>();
    try (JsonParser parser = new JsonFactory(MAPPER).createParser(text)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
          records.add(parser.readValueAsTree());
        } else {
          return new Parsed(records, 1, parser.currentLocation().getLineNr());
        }
      }
      return new Parsed(records, 0, -1);
    } catch (IOException e) {
      return new Parsed(records, 1, -1);
    }
  }
}
