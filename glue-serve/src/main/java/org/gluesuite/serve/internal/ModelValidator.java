package org.gluesuite.serve.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gluesuite.serve.ServeErrors;

/**
 * Checks a request's JSON against its input shape, as AWS's front end does before the service sees it: a value of
 * the wrong JSON type is a {@code SerializationException} (the first one found); missing required members, lengths,
 * ranges and enum values outside the model are collected into one {@code ValidationException} ("2 validation errors
 * detected: …"). Unknown members are ignored, as AWS ignores them (newer clients send members older models lack).
 * Patterns are not checked: the catalog applies its own, stricter name rules.
 */
final class ModelValidator {
  private final ServiceModel model;
  private final String operation;
  private final List<String> violations = new ArrayList<>();

  private ModelValidator(ServiceModel model, String operation) {
    this.model = model;
    this.operation = operation;
  }

  static void validate(ServiceModel model, String operation, JsonNode input) {
    ModelValidator validator = new ModelValidator(model, operation);
    model.inputShape(operation).ifPresent(shape -> validator.value(input, shape, ""));
    if (!validator.violations.isEmpty()) {
      throw ServeErrors.validation(validator.violations);
    }
  }

  private void value(JsonNode node, String shapeName, String path) {
    JsonNode shape = model.shape(shapeName);
    String type = shape.path("type").asText();
    switch (type) {
      case "structure" -> structure(node, shape, path);
      case "list" -> list(node, shape, path);
      case "map" -> map(node, shape, path);
      case "string" -> string(node, shape, path);
      case "integer", "long" -> integer(node, shape, path);
      case "double", "float" -> number(node, shape, path);
      case "boolean" -> expect(node.isBoolean(), node, path, "true or false");
      case "timestamp" -> expect(node.isNumber(), node, path, "a timestamp in epoch seconds (a number)");
      case "blob" -> blob(node, path);
      default -> { }
    }
  }

  private void structure(JsonNode node, JsonNode shape, String path) {
    expect(node.isObject(), node, path, "an object");
    for (JsonNode required : shape.path("required")) {
      JsonNode member = node.get(required.asText());
      if (member == null || member.isNull()) {
        violations.add("Value null at '" + child(path, required.asText())
            + "' failed to satisfy constraint: Member must not be null");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> member = it.next();
      JsonNode value = node.get(member.getKey());
      if (value != null && !value.isNull()) {
        value(value, member.getValue().path("shape").asText(), child(path, member.getKey()));
      }
    }
  }

  private void list(JsonNode node, JsonNode shape, String path) {
    expect(node.isArray(), node, path, "an array");
    length(node.size(), shape, node, path);
    String member = shape.path("member").path("shape").asText();
    for (int i = 0; i < node.size(); i++) {
      if (node.get(i).isNull()) {
        violations.add("Value null at '" + path + "[" + i + "]' failed to satisfy constraint: Member must not be null");
      } else {
        value(node.get(i), member, path + "[" + i + "]");
      }
    }
  }

  private void map(JsonNode node, JsonNode shape, String path) {
    expect(node.isObject(), node, path, "an object");
    length(node.size(), shape, node, path);
    String key = shape.path("key").path("shape").asText();
    String valueShape = shape.path("value").path("shape").asText();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      string(com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), model.shape(key),
          path + " key '" + entry.getKey() + "'");
      if (!entry.getValue().isNull()) {
        value(entry.getValue(), valueShape, path + "." + entry.getKey());
      }
    }
  }

  private void string(JsonNode node, JsonNode shape, String path) {
    expect(node.isTextual(), node, path, "a string");
    String text = node.asText();
    length(text.codePointCount(0, text.length()), shape, node, path);
    JsonNode allowed = shape.path("enum");
    if (allowed.isArray() && allowed.size() > 0) {
      boolean known = false;
      for (JsonNode value : allowed) {
        known |= value.asText().equals(text);
      }
      if (!known) {
        violations.add("Value '" + shorten(text) + "' at '" + path
            + "' failed to satisfy constraint: Member must satisfy enum value set: " + enumSet(allowed));
      }
    }
  }

  private void integer(JsonNode node, JsonNode shape, String path) {
    expect(node.isIntegralNumber(), node, path, "a whole number");
    range(node.asLong(), shape, path);
  }

  private void number(JsonNode node, JsonNode shape, String path) {
    expect(node.isNumber(), node, path, "a number");
    range(node.asDouble(), shape, path);
  }

  private void blob(JsonNode node, String path) {
    expect(node.isTextual(), node, path, "a base64 string");
    try {
      Base64.getDecoder().decode(node.asText());
    } catch (IllegalArgumentException e) {
      throw ServeErrors.serialization(operation, path, "is not valid base64 (" + e.getMessage() + ")");
    }
  }

  private void length(int length, JsonNode shape, JsonNode node, String path) {
    if (shape.has("min") && length < shape.get("min").asLong()) {
      violations.add("Value " + render(node) + " at '" + path + "' failed to satisfy constraint: Member must have"
          + " length greater than or equal to " + shape.get("min").asLong());
    }
    if (shape.has("max") && length > shape.get("max").asLong()) {
      violations.add("Value " + render(node) + " at '" + path + "' failed to satisfy constraint: Member must have"
          + " length less than or equal to " + shape.get("max").asLong());
    }
  }

  private void range(double value, JsonNode shape, String path) {
    if (shape.has("min") && value < shape.get("min").asDouble()) {
      violations.add("Value '" + format(value) + "' at '" + path + "' failed to satisfy constraint: Member must have"
          + " value greater than or equal to " + shape.get("min").asText());
    }
    if (shape.has("max") && value > shape.get("max").asDouble()) {
      violations.add("Value '" + format(value) + "' at '" + path + "' failed to satisfy constraint: Member must have"
          + " value less than or equal to " + shape.get("max").asText());
    }
  }

  private void expect(boolean ok, JsonNode node, String path, String expected) {
    if (!ok) {
      throw ServeErrors.serialization(operation, path.isEmpty() ? "the request body" : path,
          "must be " + expected + ", but it is " + describe(node));
    }
  }

  private static String child(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "the string " + render(node);
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String render(JsonNode node) {
    if (node.isTextual()) {
      return "'" + shorten(node.asText()) + "'";
    }
    return node.isContainerNode() ? "of " + node.size() + " element(s)" : "'" + node.asText() + "'";
  }

  private static String shorten(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }

  /** The allowed values, the first dozen of a long set and a count (Glue's connection types number in the 90s). */
  private static String enumSet(JsonNode allowed) {
    List<String> values = new ArrayList<>();
    allowed.forEach(value -> values.add(value.asText()));
    return values.size() <= 12 ? values.toString()
        : values.subList(0, 12).toString().replace("]", ", … (" + values.size() + " values in all)]");
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
