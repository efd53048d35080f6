package org.gluesuite.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;

/** Columns missing, added or retyped between an expected list and an actual one (by name; order ignored). */
public record ColumnDiff(String what, List<String> missing, List<String> added, List<String> retyped) {

  public static ColumnDiff between(String what, List<Column> actual, List<Column> expected) {
    Map<String, String> have = types(actual);
    Map<String, String> want = types(expected);
    List<String> missing = new ArrayList<>();
    List<String> retyped = new ArrayList<>();
    want.forEach((name, type) -> {
      String found = have.get(name);
      if (found == null) {
        missing.add(name + " " + type);
      } else if (!found.equalsIgnoreCase(type)) {
        retyped.add(name + " " + found + " → " + type);
      }
    });
    List<String> added = new ArrayList<>();
    have.forEach((name, type) -> {
      if (!want.containsKey(name)) {
        added.add(name + " " + type);
      }
    });
    return new ColumnDiff(what, missing, added, retyped);
  }

  public boolean isEmpty() {
    return missing.isEmpty() && added.isEmpty() && retyped.isEmpty();
  }

  /** In apply's direction (actual → expected): {@code +} to add, {@code -} to remove, {@code ~} to retype. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    missing.forEach(c -> lines.add("+ " + what + " " + c));
    added.forEach(c -> lines.add("- " + what + " " + c));
    retyped.forEach(c -> lines.add("~ " + what + " " + c));
    return lines;
  }

  private static Map<String, String> types(List<Column> columns) {
    Map<String, String> types = new LinkedHashMap<>();
    columns.forEach(c -> types.put(c.name(), c.type()));
    return types;
  }
}
