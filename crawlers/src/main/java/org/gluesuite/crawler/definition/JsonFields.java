package org.gluesuite.crawler.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gluesuite.crawler.CrawlerErrors;

/** One JSON object of a definition, read strictly: known keys only, typed values, errors with file and path. */
final class JsonFields {
  private final String file;
  private final String path;
  private final JsonNode node;

  JsonFields(String file, String path, JsonNode node, String... allowedKeys) {
    this.file = file;
    this.path = path;
    this.node = node;
    if (node == null || !node.isObject()) {
      throw CrawlerErrors.wrongType(file, path, "an object", describe(node));
    }
    Set<String> allowed = new LinkedHashSet<>(Arrays.asList(allowedKeys));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        throw CrawlerErrors.unknownKey(file, path, key, allowed);
      }
    }
  }

  String file() {
    return file;
  }

  String pathOf(String key) {
    return path + "." + key;
  }

  boolean has(String key) {
    return node.hasNonNull(key);
  }

  String string(String key, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        throw CrawlerErrors.missingKey(file, path, key);
      }
      return null;
    }
    if (!value.isTextual()) {
      throw CrawlerErrors.wrongType(file, pathOf(key), "a string", describe(value));
    }
    return value.asText();
  }

  Integer integer(String key, int min, int max) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw CrawlerErrors.wrongType(file, pathOf(key), "an integer", describe(value));
    }
    int n = value.asInt();
    if (n < min || n > max) {
      throw CrawlerErrors.badValue(file, pathOf(key), value.asText(), "it must be between " + min + " and " + max);
    }
    return n;
  }

  Boolean bool(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw CrawlerErrors.wrongType(file, pathOf(key), "true or false", describe(value));
    }
    return value.asBoolean();
  }

  JsonFields object(String key, String... allowedKeys) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : new JsonFields(file, pathOf(key), value, allowedKeys);
  }

  /** The elements of an array (empty when absent), each with its JSON path. */
  List<Element> array(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw CrawlerErrors.wrongType(file, pathOf(key), "an array", describe(value));
    }
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      elements.add(new Element(file, pathOf(key) + "[" + i + "]", value.get(i)));
    }
    return elements;
  }

  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    for (Element e : array(key)) {
      out.add(e.string());
    }
    return out;
  }

  JsonNode raw(String key) {
    return node.get(key);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    String value = string(key, false);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw CrawlerErrors.badEnum(file, pathOf(key), value,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
  }

  static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "missing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
  }

  /** An array element with its path. */
  record Element(String file, String path, JsonNode node) {
    String string() {
      if (!node.isTextual()) {
        throw CrawlerErrors.wrongType(file, path, "a string", describe(node));
      }
      return node.asText();
    }

    JsonFields object(String... allowedKeys) {
      return new JsonFields(file, path, node, allowedKeys);
    }
  }
}
