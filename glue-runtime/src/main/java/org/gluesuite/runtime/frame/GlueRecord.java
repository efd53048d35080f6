package org.gluesuite.runtime.frame;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.RecordJson;

/**
 * A mutable view of one record for {@link GlueFrame#map} and {@link GlueFrame#filter}, like Glue's DynamicRecord.
 * Values are plain Java: {@code Integer} or {@code Long} (as the field's type is int or long), {@code Double},
 * {@code String}, {@code Boolean}, nested records as
 * {@code Map<String, Object>}, arrays as {@code List<Object>}. A choice field holds whichever type this record has.
 * Paths use dots for nesting and back-quotes for names containing dots.
 */
public final class GlueRecord implements Serializable {
  private final LinkedHashMap<String, Object> fields;

  private GlueRecord(LinkedHashMap<String, Object> fields) {
    this.fields = fields;
  }

  /** A record over this (mutable) tree; used by frames. */
  public static GlueRecord wrap(LinkedHashMap<String, Object> fields) {
    return new GlueRecord(fields);
  }

  /** A new empty record, e.g. for a map function that builds its output from scratch. */
  public static GlueRecord create() {
    return new GlueRecord(new LinkedHashMap<>());
  }

  /** The value at a path, or null when the record has no such field. */
  public Object get(String path) {
    Object current = fields;
    for (String name : names(path)) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(name);
    }
    return current;
  }

  /** The value at a path as a String (any value's text), or null. */
  public String getString(String path) {
    Object v = get(path);
    return v == null ? null : v.toString();
  }

  /** The value at a path as a Long (from any number), or null. */
  public Long getLong(String path) {
    Object v = get(path);
    return v == null ? null : ((Number) v).longValue();
  }

  /** The value at a path as a Double (from any number), or null. */
  public Double getDouble(String path) {
    Object v = get(path);
    return v == null ? null : ((Number) v).doubleValue();
  }

  public boolean contains(String path) {
    List<String> names = names(path);
    Object current = fields;
    for (int i = 0; i < names.size(); i++) {
      if (!(current instanceof Map<?, ?> m) || !m.containsKey(names.get(i))) {
        return false;
      }
      current = m.get(names.get(i));
    }
    return true;
  }

  /** Sets the value at a path, creating the enclosing nested records when they are missing. Returns this. */
  @SuppressWarnings("unchecked")
  public GlueRecord set(String path, Object value) {
    List<String> names = names(path);
    Map<String, Object> current = fields;
    for (int i = 0; i < names.size() - 1; i++) {
      Object next = current.get(names.get(i));
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        current.put(names.get(i), next);
      }
      current = (Map<String, Object>) next;
    }
    current.put(names.get(names.size() - 1), value);
    return this;
  }

  /** Removes the field at a path (no-op when absent). Returns this. */
  public GlueRecord remove(String path) {
    List<String> names = names(path);
    Object current = fields;
    for (int i = 0; i < names.size() - 1; i++) {
      if (!(current instanceof Map<?, ?> m)) {
        return this;
      }
      current = m.get(names.get(i));
    }
    if (current instanceof Map<?, ?> m) {
      m.remove(names.get(names.size() - 1));
    }
    return this;
  }

  /** The top-level field names in order. */
  public List<String> fieldNames() {
    return new ArrayList<>(fields.keySet());
  }

  /** The live tree behind this record. */
  public Map<String, Object> toMap() {
    return fields;
  }

  LinkedHashMap<String, Object> tree() {
    return fields;
  }

  public String toJson() {
    return RecordJson.write(fields);
  }

  @Override
  public String toString() {
    return toJson();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlueRecord r && r.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  private static List<String> names(String path) {
    FieldPath parsed = FieldPath.parse(path);
    if (parsed.hasElements()) {
      throw FrameErrors.malformedPath(path, "GlueRecord paths cannot contain []; get the list and index it");
    }
    return parsed.names();
  }
}
