package org.gluesuite.crawler.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;

/** Columns added, removed and retyped between a table's current and newly inferred columns. */
record ColumnDiff(List<String> added, List<String> removed, List<String> retyped) {

  static ColumnDiff between(List<Column> current, List<Column> planned) {
    Map<String, String> before = new LinkedHashMap<>();
    current.forEach(c -> before.put(c.name(), c.type()));
    Map<String, String> after = new LinkedHashMap<>();
    planned.forEach(c -> after.put(c.name(), c.type()));
    List<String> added = new ArrayList<>();
    List<String> retyped = new ArrayList<>();
    after.forEach((name, type) -> {
      String old = before.get(name);
      if (old == null) {
        added.add(name + ":" + type);
      } else if (!old.equals(type)) {
        retyped.add(name + ": " + old + " -> " + type);
      }
    });
    List<String> removed = new ArrayList<>();
    before.forEach((name, type) -> {
      if (!after.containsKey(name)) {
        removed.add(name + ":" + type);
      }
    });
    return new ColumnDiff(added, removed, retyped);
  }

  /** MergeNewColumns: the current columns unchanged, then the new ones. */
  static List<Column> appendNew(List<Column> current, List<Column> planned) {
    List<Column> merged = new ArrayList<>(current);
    for (Column c : planned) {
      if (current.stream().noneMatch(e -> e.name().equals(c.name()))) {
        merged.add(c);
      }
    }
    return merged;
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && retyped.isEmpty();
  }
}
