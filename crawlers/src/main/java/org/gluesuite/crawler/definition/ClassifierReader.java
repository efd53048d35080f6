package org.gluesuite.crawler.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.crawler.CrawlerErrors;

/** Reads one {@code CreateClassifier} request. */
final class ClassifierReader {
  private ClassifierReader() {
  }

  static ClassifierDefinition read(String file, JsonNode root) {
    JsonFields top = new JsonFields(file, "$", root, "CsvClassifier", "GrokClassifier", "JsonClassifier");
    JsonFields csv = top.object("CsvClassifier", "Name", "Delimiter", "QuoteSymbol", "ContainsHeader", "Header",
        "DisableValueTrimming", "AllowSingleColumn", "CustomDatatypeConfigured", "CustomDatatypes", "Serde");
    if (csv != null) {
      return new ClassifierDefinition.Csv(csv.string("Name", true), single(csv, "Delimiter", ','),
          single(csv, "QuoteSymbol", '"'), orDefault(csv.enumValue("ContainsHeader", HeaderMode.class)),
          csv.strings("Header"), Boolean.TRUE.equals(csv.bool("AllowSingleColumn")));
    }
    JsonFields grok = top.object("GrokClassifier", "Name", "Classification", "GrokPattern", "CustomPatterns");
    if (grok != null) {
      String pattern = grok.string("GrokPattern", true);
      Map<String, String> custom = customPatterns(grok);
      ClassifierDefinition.Grok definition = new ClassifierDefinition.Grok(grok.string("Name", true),
          grok.string("Classification", true), pattern, custom);
      try {
        org.gluesuite.crawler.classify.GrokPattern.compile(pattern, custom);
      } catch (IllegalArgumentException e) {
        throw CrawlerErrors.badValue(file, grok.pathOf("GrokPattern"), pattern, e.getMessage());
      }
      return definition;
    }
    JsonFields json = top.object("JsonClassifier", "Name", "JsonPath");
    if (json != null) {
      String path = json.string("JsonPath", true);
      if (!path.startsWith("$")) {
        throw CrawlerErrors.badValue(file, json.pathOf("JsonPath"), path, "a JsonPath starts with '$'");
      }
      return new ClassifierDefinition.Json(json.string("Name", true), path);
    }
    throw CrawlerErrors.missingKey(file, "$", "CsvClassifier, GrokClassifier or JsonClassifier");
  }

  private static HeaderMode orDefault(HeaderMode mode) {
    return mode == null ? HeaderMode.UNKNOWN : mode;
  }

  private static char single(JsonFields fields, String key, char fallback) {
    String value = fields.string(key, false);
    if (value == null) {
      return fallback;
    }
    String unescaped = "\\t".equals(value) ? "\t" : "\\u0001".equals(value) ? "\u0001" : value;
    if (unescaped.length() != 1) {
      throw CrawlerErrors.badValue(fields.file(), fields.pathOf(key), value, "it must be exactly one character");
    }
    return unescaped.charAt(0);
  }

  private static Map<String, String> customPatterns(JsonFields grok) {
    Map<String, String> patterns = new LinkedHashMap<>();
    String text = grok.string("CustomPatterns", false);
    if (text == null) {
      return patterns;
    }
    for (String line : List.of(text.split("\n"))) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int space = trimmed.indexOf(' ');
      if (space < 0) {
        throw CrawlerErrors.badValue(grok.file(), grok.pathOf("CustomPatterns"), trimmed,
            "each line is 'NAME pattern'");
      }
      patterns.put(trimmed.substring(0, space), trimmed.substring(space + 1).trim());
    }
    return patterns;
  }
}
