package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.common.args.SecretMasking;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Glue's API shapes between the definitions and the SDK: a validated definition document (a {@code CreateJob}
 * request as the workflows' reader accepted it, say) bound onto an SDK request builder by the members' wire names,
 * and the members a definition declares compared with the resource the SDK read back. The definitions are in the
 * API's own JSON shapes, so the wire names of the SDK's model are the one mapping; nothing is named twice here.
 */
public final class SdkShapes {
  private SdkShapes() {
  }

  /** Sets every member of {@code json} except {@code skipped} on {@code builder}, by wire name. */
  public static <B extends SdkPojo> B bind(JsonNode json, B builder, Set<String> skipped) {
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (skipped.contains(member.getKey()) || member.getValue().isNull()) {
        continue;
      }
      SdkField<?> field = field(builder, member.getKey());
      if (field == null) {
        throw new IllegalArgumentException(builder.getClass().getEnclosingClass().getSimpleName() + " has no member "
            + member.getKey());
      }
      field.set(builder, value(field, member.getValue()));
    }
    return builder;
  }

  private static Object value(SdkField<?> field, JsonNode json) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      // Glue's embedded JSON strings (a crawler's Configuration) may be written inline as an object.
      return json.isTextual() ? json.asText() : json.toString();
    } else if (type == MarshallingType.INTEGER) {
      return json.intValue();
    } else if (type == MarshallingType.LONG) {
      return json.longValue();
    } else if (type == MarshallingType.DOUBLE) {
      return json.doubleValue();
    } else if (type == MarshallingType.FLOAT) {
      return json.floatValue();
    } else if (type == MarshallingType.BOOLEAN) {
      return json.booleanValue();
    } else if (type == MarshallingType.SDK_POJO) {
      SdkPojo nested = bind(json, field.constructor().get(), Set.of());
      return ((SdkBuilder<?, ?>) nested).build();
    } else if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      json.forEach(element -> list.add(value(member, element)));
      return list;
    } else if (type == MarshallingType.MAP) {
      SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      json.fields().forEachRemaining(e -> map.put(e.getKey(), value(valueField, e.getValue())));
      return map;
    }
    throw new IllegalArgumentException("member " + field.locationName() + " of type " + type
        + " is not used by definitions");
  }

  /** {@code value} in its wire shape (members by wire name, unset ones left out), as a definition would write it. */
  public static JsonNode toJson(Object value) {
    if (value instanceof SdkPojo pojo) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (SdkField<?> field : pojo.sdkFields()) {
        Object member = present(field.getValueOrDefault(pojo));
        if (member != null) {
          node.set(field.locationName(), toJson(member));
        }
      }
      return node;
    } else if (value instanceof List<?> list) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      list.forEach(element -> array.add(toJson(element)));
      return array;
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
      return node;
    }
    // Scalars as text: enough to name and compare resources (names, ARNs, enum values).
    return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(String.valueOf(value));
  }

  private static SdkField<?> field(SdkPojo pojo, String wireName) {
    for (SdkField<?> field : pojo.sdkFields()) {
      if (field.locationName().equals(wireName)) {
        return field;
      }
    }
    return null;
  }

  /** A member's value, or null when it is unset (the SDK's empty auto-constructed lists and maps included). */
  static Object member(SdkPojo pojo, String wireName) {
    SdkField<?> field = field(pojo, wireName);
    return field == null ? null : present(field.getValueOrDefault(pojo));
  }

  private static Object present(Object value) {
    return value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap ? null : value;
  }

  /**
   * What differs between the members {@code declared} sets (except {@code ignored}) and the same members of
   * {@code actual}, one line each ({@code Timeout: 60 → 120}, {@code DefaultArguments.--city: (none) → Valmora});
   * structures compare only the members declared (the service adds its defaults), maps and lists compare whole.
   * Values of secret-named keys are masked.
   */
  public static List<String> differences(SdkPojo declared, SdkPojo actual, Set<String> ignored) {
    List<String> out = new ArrayList<>();
    compareStructures("", declared, actual, ignored, out);
    return out;
  }

  private static void compareStructures(String path, SdkPojo declared, SdkPojo actual, Set<String> ignored,
      List<String> out) {
    for (SdkField<?> field : declared.sdkFields()) {
      String name = field.locationName();
      Object want = present(field.getValueOrDefault(declared));
      if (ignored.contains(name) || want == null) {
        continue;
      }
      Object have = actual == null ? null : member(actual, name);
      compare(path + name, name, want, have, out);
    }
  }

  private static void compare(String path, String name, Object want, Object have, List<String> out) {
    if (want instanceof SdkPojo wantPojo && (have == null || have instanceof SdkPojo)) {
      compareStructures(path + ".", wantPojo, (SdkPojo) have, Set.of(), out);
    } else if (want instanceof Map<?, ?> wantMap && (have == null || have instanceof Map<?, ?>)) {
      Map<?, ?> haveMap = have == null ? Map.of() : (Map<?, ?>) have;
      Set<String> keys = new TreeSet<>();
      wantMap.keySet().forEach(k -> keys.add(String.valueOf(k)));
      haveMap.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        Object a = haveMap.get(key);
        Object b = wantMap.get(key);
        if (!Objects.equals(a, b)) {
          boolean secret = SecretMasking.isSecretName(key);
          out.add(path + "." + key + ": " + shown(a, secret, "(none)") + " → " + shown(b, secret, "(removed)"));
        }
      }
    } else if (want instanceof List<?> wantList && (have == null || have instanceof List<?>)) {
      List<?> haveList = have == null ? List.of() : (List<?>) have;
      if (wantList.size() != haveList.size()) {
        // Sizes only: the elements may hold arguments whose values must not be printed.
        out.add(path + ": " + haveList.size() + " → " + wantList.size() + " entries");
        return;
      }
      for (int i = 0; i < wantList.size(); i++) {
        compare(path + "[" + i + "]", name, wantList.get(i), haveList.get(i), out);
      }
    } else if (!Objects.equals(plain(want), plain(have))) {
      boolean secret = SecretMasking.isSecretName(name);
      out.add(path + ": " + shown(plain(have), secret, "(none)") + " → " + shown(plain(want), secret, "(none)"));
    }
  }

  /** Scalars as they compare; a structure read back where a definition has a string (a crawler's Schedule object). */
  private static Object plain(Object value) {
    if (value instanceof software.amazon.awssdk.services.glue.model.Schedule schedule) {
      return schedule.scheduleExpression();
    }
    return value;
  }

  private static String shown(Object value, boolean secret, String absent) {
    if (value == null) {
      return absent;
    }
    return secret ? SecretMasking.MASK : String.valueOf(value);
  }
}
