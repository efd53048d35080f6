package org.gluesuite.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One node of a definition file (crawler, workflow, declared schema, Lake Formation grants), read strictly: unknown
 * keys, wrong types and missing required values are problems recorded with the file and JSON path, and reading goes
 * on, so one run reports every mistake. Definitions are parsed once into typed records with this; nothing downstream
 * sees JSON.
 *
 * <p>A read that fails records its problem and answers "nothing" (null, empty, or an absent node). An absent node
 * (a missing or broken part) answers nothing and records nothing, so one mistake is reported once, not again for
 * everything below it. Callers build their typed record only when {@link DefinitionProblems#count()} did not grow.
 */
public final class DefinitionNode {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String file;
  private final String path;
  private final JsonNode node;
  private final DefinitionProblems problems;

  private DefinitionNode(String file, String path, JsonNode node, DefinitionProblems problems) {
    this.file = file;
    this.path = path;
    this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
    this.problems = problems;
  }

  // ---- documents -----------------------------------------------------------------------------------------

  /** The root object of {@code file}, with problems of its own. */
  public static DefinitionNode read(Path file) {
    return read(file, file.toString(), new DefinitionProblems());
  }

  /** The root object of {@code file}, named {@code name} in problems, which go to {@code problems}. */
  public static DefinitionNode read(Path file, String name, DefinitionProblems problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(name, "$", "cannot be read (" + e.getMessage() + "); check the path and its permissions");
      return new DefinitionNode(name, "$", null, problems);
    }
    return parse(name, text, problems);
  }

  /** The root object of a definition held in a string, with problems of its own. */
  public static DefinitionNode parse(String name, String text) {
    return parse(name, text, new DefinitionProblems());
  }

  /** The root object of a definition held in a string, named {@code name} in problems. */
  public static DefinitionNode parse(String name, String text, DefinitionProblems problems) {
    DefinitionNode root = new DefinitionNode(name, "$", parseJson(name, "$", text, problems), problems);
    return root.checkObject();
  }

  /**
   * A string value that holds a JSON object itself (Glue's crawler {@code Configuration}, for one), read as a node
   * at the same path; or, for convenience, the object written inline.
   */
  public DefinitionNode embeddedObject() {
    if (node != null && node.isTextual()) {
      return new DefinitionNode(file, path, parseJson(file, path, node.asText(), problems), problems).checkObject();
    }
    return checkObject();
  }

  private static JsonNode parseJson(String file, String path, String text, DefinitionProblems problems) {
    try {
      JsonNode parsed = JSON.readTree(text);
      if (parsed == null || parsed.isMissingNode()) {
        problems.add(file, path, "is empty; a definition is one JSON object { … }");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      problems.add(file, path, "is not valid JSON" + where + ": " + e.getOriginalMessage() + ". Fix the syntax there");
      return null;
    }
  }

  private DefinitionNode checkObject() {
    if (node != null && !node.isObject()) {
      problem("must be a JSON object { … }, found " + describe(node));
      return absent(path);
    }
    return this;
  }

  // ---- where -----------------------------------------------------------------------------------------------

  public String file() {
    return file;
  }

  /** This node's JSON path, {@code $} for the root, e.g. {@code $.Targets.S3Targets[0]}. */
  public String path() {
    return path;
  }

  public String pathOf(String key) {
    return path + "." + key;
  }

  /** Where this node's problems go (shared by every node of its document). */
  public DefinitionProblems problems() {
    return problems;
  }

  /** False for a missing, null or broken part; such a node answers nothing and records nothing. */
  public boolean isPresent() {
    return node != null;
  }

  // ---- problems ------------------------------------------------------------------------------------------

  /** Records a problem at this node: {@code message} says what is wrong and how to fix it. */
  public void problem(String message) {
    if (node != null) {
      problems.add(file, path, message);
    }
  }

  /** Records a problem at {@code key} of this node. */
  public void problemAt(String key, String message) {
    if (node != null) {
      problems.add(file, pathOf(key), message);
    }
  }

  // ---- keys ----------------------------------------------------------------------------------------------

  /** Each key not in {@code allowed} is a problem, as AWS's APIs reject unknown members. */
  public DefinitionNode allowOnly(String... allowed) {
    return allowOnly(Arrays.asList(allowed));
  }

  public DefinitionNode allowOnly(Collection<String> allowed) {
    if (node == null || !node.isObject()) {
      return this;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problemAt(name, "unknown key '" + name + "'; known keys here: " + new TreeSet<>(allowed)
            + " (names are case-sensitive, as in AWS's API). Fix the spelling or remove it");
      }
    }
    return this;
  }

  /** True when {@code key} is present and not null. */
  public boolean has(String key) {
    return node != null && node.hasNonNull(key);
  }

  /** The value at {@code key}, of any type; absent when missing or null. */
  public DefinitionNode field(String key) {
    return new DefinitionNode(file, pathOf(key), node == null ? null : node.get(key), problems);
  }

  // ---- values --------------------------------------------------------------------------------------------

  /** A required, non-empty string; null (with a problem) when missing, empty or not a string. */
  public String string(String key) {
    if (node != null && !has(key)) {
      problemAt(key, "is required");
      return null;
    }
    String value = optionalString(key).orElse(null);
    if (value != null && value.isBlank()) {
      problemAt(key, "must not be empty");
      return null;
    }
    return value;
  }

  /** An optional string (may be empty); empty when missing, or, with a problem, when not a string. */
  public Optional<String> optionalString(String key) {
    return Optional.ofNullable(field(key).text());
  }

  /** True when this node is a string (for values that may be a string or an object). */
  public boolean isString() {
    return node != null && node.isTextual();
  }

  /** This node as a string; null when absent or, with a problem, when it is not a string. */
  public String text() {
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      problem("must be a string, found " + describe(node) + ". Quote the value");
      return null;
    }
    return node.asText();
  }

  /** An optional whole number in {@code [min, max]}; null when missing or, with a problem, out of range. */
  public Integer integer(String key, int min, int max) {
    JsonNode value = has(key) ? node.get(key) : null;
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
      problemAt(key, "must be a whole number from " + min + " to " + max + ", found " + describe(value));
      return null;
    }
    return value.asInt();
  }

  /** An optional {@code true} or {@code false}; {@code defaultValue} when missing or, with a problem, not one. */
  public boolean bool(String key, boolean defaultValue) {
    JsonNode value = has(key) ? node.get(key) : null;
    if (value == null) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      problemAt(key, "must be true or false (unquoted), found " + describe(value));
      return defaultValue;
    }
    return value.asBoolean();
  }

  /** An enum constant written by its exact name; null when missing (a problem if required) or unknown. */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
    String text = required ? string(key) : optionalString(key).orElse(null);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problemAt(key, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
        + " (written exactly so)");
    return null;
  }

  // ---- structure -----------------------------------------------------------------------------------------

  /** A required object; absent (with a problem) when missing or not an object. */
  public DefinitionNode object(String key) {
    if (node != null && !has(key)) {
      problemAt(key, "is required");
    }
    return field(key).checkObject();
  }

  /** An optional object; empty when missing or, with a problem, not an object. */
  public Optional<DefinitionNode> optionalObject(String key) {
    DefinitionNode child = field(key).checkObject();
    return child.isPresent() ? Optional.of(child) : Optional.empty();
  }

  /** The elements of an array, of any type (empty when missing or, with a problem, not an array). */
  public List<DefinitionNode> elements(String key) {
    DefinitionNode array = field(key);
    if (array.node == null) {
      return List.of();
    }
    if (!array.node.isArray()) {
      array.problem("must be a JSON array [ … ], found " + describe(array.node));
      return List.of();
    }
    List<DefinitionNode> items = new ArrayList<>();
    for (int i = 0; i < array.node.size(); i++) {
      items.add(new DefinitionNode(file, array.path + "[" + i + "]", array.node.get(i), problems));
    }
    return items;
  }

  /**
   * True when {@code key} is missing, null or an empty array: for lists that need at least one element. A value that
   * is not an array is not "empty" here; {@link #elements} reports it.
   */
  public boolean noElements(String key) {
    if (node == null) {
      return false;
    }
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.isArray() && value.isEmpty();
  }

  /** The objects of an array; an element that is not an object is a problem and left out. */
  public List<DefinitionNode> objects(String key) {
    List<DefinitionNode> objects = new ArrayList<>();
    for (DefinitionNode item : elements(key)) {
      DefinitionNode object = item.checkObject();
      if (object.isPresent()) {
        objects.add(object);
      }
    }
    return objects;
  }

  /** The strings of an array; an element that is not a string is a problem and left out. */
  public List<String> strings(String key) {
    List<String> strings = new ArrayList<>();
    for (DefinitionNode item : elements(key)) {
      String text = item.text();
      if (text != null) {
        strings.add(text);
      }
    }
    return strings;
  }

  /** A string-to-string map such as Glue's {@code Parameters} or {@code DefaultArguments} (empty when missing). */
  public Map<String, String> stringMap(String key) {
    Map<String, String> map = new LinkedHashMap<>();
    DefinitionNode object = field(key).checkObject();
    if (object.node == null) {
      return map;
    }
    object.node.fields().forEachRemaining(entry -> {
      if (entry.getValue().isTextual()) {
        map.put(entry.getKey(), entry.getValue().asText());
      } else {
        object.problemAt(entry.getKey(), "must be a string, found " + describe(entry.getValue())
            + " (AWS passes every parameter, argument and property as text). Quote the value");
      }
    });
    return map;
  }

  /** The keys of this object in the order written (empty when absent or not an object). */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  /**
   * This node as a plain value: {@code Long} for a whole number, {@code Double}, {@code String} or {@code Boolean};
   * null when absent or, with a problem, when it is an object or an array.
   */
  public Object scalar() {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    problem("must be a number, a string or true/false, found " + describe(node));
    return null;
  }

  private DefinitionNode absent(String at) {
    return new DefinitionNode(file, at, null, problems);
  }

  private static String describe(JsonNode value) {
    String kind = value.getNodeType().name().toLowerCase(Locale.ROOT);
    String text = value.toString();
    return (kind.equals("object") || kind.equals("array") ? "an " : "a ") + kind
        + (value.isContainerNode() || text.length() > 40 ? "" : " " + text);
  }
}
