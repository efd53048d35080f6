package org.gluesuite.schemas.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of a definition file read strictly: every access knows its file and JSON path, unknown keys and
 * wrong types are errors that say where and how to fix them. Definitions are parsed once into typed records
 * with this; nothing downstream sees JSON.
 */
public final class DefinitionNode {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final String file;
  private final String path;
  private final JsonNode node;

  private DefinitionNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  public static DefinitionNode read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw DefinitionErrors.unreadable(file.toString(), e.getMessage());
    }
  }

  public static DefinitionNode parse(String file, String text) {
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        throw DefinitionErrors.at(file, "$", "the file is not a JSON object", "Wrap the definition in { … }.");
      }
      return new DefinitionNode(file, "$", root);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw DefinitionErrors.at(file, "$", "the file is not valid JSON" + where + ": " + e.getOriginalMessage(),
          "Fix the JSON syntax (a validator such as 'python3 -m json.tool FILE' shows the spot).");
    }
  }

  public String file() {
    return file;
  }

  public String path() {
    return path;
  }

  /** Fails on any key not in {@code allowed} (Glue's API rejects unknown members too). */
  public DefinitionNode allowOnly(String... allowed) {
    Set<String> known = new TreeSet<>(List.of(allowed));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error("unknown key '" + name + "'", "Valid keys here: " + String.join(", ", known)
            + ". Keys are case-sensitive, as in the AWS API; fix the spelling or remove it.");
      }
    }
    return this;
  }

  public boolean has(String key) {
    return node.has(key) && !node.get(key).isNull();
  }

  public String string(String key) {
    return optionalString(key).orElseThrow(() -> error("missing required key '" + key + "'",
        "Add \"" + key + "\": \"…\"."));
  }

  public Optional<String> optionalString(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isTextual()) {
      throw child(key).error("expected a string, found " + kind(value), "Quote the value.");
    }
    return Optional.of(value.asText());
  }

  public boolean bool(String key, boolean defaultValue) {
    if (!has(key)) {
      return defaultValue;
    }
    JsonNode value = node.get(key);
    if (!value.isBoolean()) {
      throw child(key).error("expected true or false, found " + kind(value), "Write true or false, unquoted.");
    }
    return value.asBoolean();
  }

  public DefinitionNode object(String key) {
    return optionalObject(key).orElseThrow(() -> error("missing required key '" + key + "'",
        "Add \"" + key + "\": { … }."));
  }

  public Optional<DefinitionNode> optionalObject(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    DefinitionNode child = child(key);
    if (!child.node.isObject()) {
      throw child.error("expected an object, found " + kind(child.node), "Write { … }.");
    }
    return Optional.of(child);
  }

  /** The objects of an array (empty if the key is absent). */
  public List<DefinitionNode> objects(String key) {
    List<DefinitionNode> items = new ArrayList<>();
    for (DefinitionNode item : elements(key)) {
      if (!item.node.isObject()) {
        throw item.error("expected an object, found " + kind(item.node), "Write { … }.");
      }
      items.add(item);
    }
    return items;
  }

  /** The strings of an array (empty if the key is absent). */
  public List<String> strings(String key) {
    List<String> items = new ArrayList<>();
    for (DefinitionNode item : elements(key)) {
      if (!item.node.isTextual()) {
        throw item.error("expected a string, found " + kind(item.node), "Quote the value.");
      }
      items.add(item.node.asText());
    }
    return items;
  }

  /** A string-to-string map, such as Glue's Parameters (empty if the key is absent). */
  public Map<String, String> stringMap(String key) {
    Map<String, String> map = new LinkedHashMap<>();
    if (!has(key)) {
      return map;
    }
    DefinitionNode object = object(key);
    object.node.fields().forEachRemaining(entry -> {
      if (!entry.getValue().isTextual()) {
        throw object.child(entry.getKey()).error("expected a string, found " + kind(entry.getValue()),
            "Glue parameters are strings: quote the value.");
      }
      map.put(entry.getKey(), entry.getValue().asText());
    });
    return map;
  }

  /** An error at this node: file, JSON path, what is wrong and how to fix it. */
  public DefinitionException error(String what, String fix) {
    return DefinitionErrors.at(file, path, what, fix);
  }

  /** An error at a key of this node. */
  public DefinitionException error(String key, String what, String fix) {
    return DefinitionErrors.at(file, path + "." + key, what, fix);
  }

  private List<DefinitionNode> elements(String key) {
    if (!has(key)) {
      return List.of();
    }
    DefinitionNode array = child(key);
    if (!array.node.isArray()) {
      throw array.error("expected an array, found " + kind(array.node), "Write [ … ].");
    }
    List<DefinitionNode> items = new ArrayList<>();
    for (int i = 0; i < array.node.size(); i++) {
      items.add(new DefinitionNode(file, array.path + "[" + i + "]", array.node.get(i)));
    }
    return items;
  }

  private DefinitionNode child(String key) {
    return new DefinitionNode(file, path + "." + key, node.get(key));
  }

  private static String kind(JsonNode value) {
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
