package org.gluesuite.crawler.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.json.DefinitionNode;

/** Reads one {@code CreateClassifier} request. */
final class ClassifierReader {
  private ClassifierReader() {
  }

  /** The classifier, or null when the document declares none (a problem then says which to declare). */
  static ClassifierDefinition read(DefinitionNode top) {
    top.allowOnly("CsvClassifier", "GrokClassifier", "JsonClassifier");
    if (top.has("CsvClassifier")) {
      DefinitionNode csv = top.object("CsvClassifier").allowOnly("Name", "Delimiter", "QuoteSymbol", "ContainsHeader",
          "Header", "DisableValueTrimming", "AllowSingleColumn", "CustomDatatypeConfigured", "CustomDatatypes",
          "Serde");
      HeaderMode header = csv.enumValue("ContainsHeader", HeaderMode.class, false);
      return new ClassifierDefinition.Csv(csv.string("Name"), single(csv, "Delimiter", ','),
          single(csv, "QuoteSymbol", '"'), header == null ? HeaderMode.UNKNOWN : header, csv.strings("Header"),
          csv.bool("AllowSingleColumn", false));
    }
    if (top.has("GrokClassifier")) {
      DefinitionNode grok = top.object("GrokClassifier").allowOnly("Name", "Classification", "GrokPattern",
          "CustomPatterns");
      String pattern = grok.string("GrokPattern");
      Map<String, String> custom = customPatterns(grok);
      if (pattern != null) {
        try {
          org.gluesuite.crawler.classify.GrokPattern.compile(pattern, custom);
        } catch (IllegalArgumentException e) {
          grok.problemAt("GrokPattern", "'" + pattern + "' is not a valid grok pattern: " + e.getMessage());
        }
      }
      return new ClassifierDefinition.Grok(grok.string("Name"), grok.string("Classification"), pattern, custom);
    }
    if (top.has("JsonClassifier")) {
      DefinitionNode json = top.object("JsonClassifier").allowOnly("Name", "JsonPath");
      String path = json.string("JsonPath");
      if (path != null && !path.startsWith("$")) {
        json.problemAt("JsonPath", "'" + path + "' is not a JsonPath: it starts with '$', e.g. $[*]");
      } else if (path != null) {
        try {
          org.gluesuite.crawler.classify.JsonPathClassifier.steps(path);
        } catch (IllegalArgumentException e) {
          json.problemAt("JsonPath", "'" + path + "' is not supported: " + e.getMessage() + ". Use $ followed by "
              + ".name and [*] steps, e.g. $.records[*]");
        }
      }
      return new ClassifierDefinition.Json(json.string("Name"), path);
    }
    top.problem("declares no classifier: give one of CsvClassifier, GrokClassifier or JsonClassifier");
    return null;
  }

  private static char single(DefinitionNode fields, String key, char fallback) {
    String value = fields.optionalString(key).orElse(null);
    if (value == null) {
      return fallback;
    }
    String unescaped = "\\t".equals(value) ? "\t" : "\\u0001".equals(value) ? "\u0001" : value;
    if (unescaped.length() != 1) {
      fields.problemAt(key, "'" + value + "' must be exactly one character");
      return fallback;
    }
    return unescaped.charAt(0);
  }

  private static Map<String, String> customPatterns(DefinitionNode grok) {
    Map<String, String> patterns = new LinkedHashMap<>();
    String text = grok.optionalString("CustomPatterns").orElse(null);
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
        grok.problemAt("CustomPatterns", "line '" + trimmed + "' is not 'NAME pattern'; write one pattern a line");
      } else {
        patterns.put(trimmed.substring(0, space), trimmed.substring(space + 1).trim());
      }
    }
    return patterns;
  }
}
