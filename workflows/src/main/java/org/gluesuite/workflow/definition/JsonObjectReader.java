package org.gluesuite.workflow.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluesuite.workflow.Problem;

/**
 * Reads one JSON object of a definition file, recording a {@link Problem} (file + JSON path) for each
 * wrong value instead of stopping at the first, so a user sees every mistake at once.
 */
final class JsonObjectReader {
  private final JsonNode node;
  private final String file;
  private final String path;
  private final List<Problem> problems;

  JsonObjectReader(JsonNode node, String file, String path, List<Problem> problems) {
    this.node = node;
    this.file = file;
    this.path = path;
    this.problems = problems;
  }

  boolean isObject() {
    if (node == null || !node.isObject()) {
      problem(path, "must be a JSON object");
      return false;
    }
    return true;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  String at(String key) {
    return path + "." + key;
  }

  void problem(String jsonPath, String message) {
    problems.add(new Problem(file, jsonPath, message));
  }

  /** Unknown keys are errors, as Glue's API rejects them. */
  void onlyKeys(Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(at(name), "unknown key '" + name + "'; known keys here: " + new java.util.TreeSet<>(known)
            + " (names are case-sensitive, as in Glue's API)");
      }
    }
  }

  boolean has(String key) {
    return node.has(key) && !node.get(key).isNull();
  }

  String string(String key, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(at(key), "is required");
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problem(at(key), "must be a non-empty string");
      return null;
    }
    return value.asText();
  }

  Integer integer(String key, int min, int max) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
      problem(at(key), "must be a whole number from " + min + " to " + max + " (got " + value + ")");
      return null;
    }
    return value.asInt();
  }

  boolean bool(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      problem(at(key), "must be true or false");
      return false;
    }
    return value.asBoolean();
  }

  Map<String, String> stringMap(String key) {
    JsonNode value = node.get(key);
    Map<String, String> map = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return map;
    }
    if (!value.isObject()) {
      problem(at(key), "must be an object of string values");
      return map;
    }
    value.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual()) {
        problem(at(key) + "." + e.getKey(), "must be a string (Glue passes every argument and property as text)");
      } else {
        map.put(e.getKey(), e.getValue().asText());
      }
    });
    return map;
  }

  JsonObjectReader object(String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : new JsonObjectReader(value, file, at(key), problems);
  }

  List<JsonObjectReader> array(String key) {
    JsonNode value = node.get(key);
    List<JsonObjectReader> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      return items;
    }
    if (!value.isArray()) {
      problem(at(key), "must be a JSON array");
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      items.add(new JsonObjectReader(value.get(i), file, at(key) + "[" + i + "]", problems));
    }
    return items;
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
    String text = string(key, required);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problem(at(key), "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }
}
