package org.gluesuite.catalog.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;

/**
 * The columns added, removed and retyped from one column list to another, matched by name (order and comments
 * ignored). Types are compared as types, so {@code BIGINT} and {@code bigint}, or {@code array< int >} and
 * {@code array<int>}, are the same; a type that does not parse is compared as text, ignoring case.
 */
public record ColumnDiff(List<Column> added, List<Column> removed, List<Retyped> retyped) {

  /** A column whose type changed. */
  public record Retyped(String name, String from, String to) {
  }

  public ColumnDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    retyped = List.copyOf(retyped);
  }

  /** From {@code before} to {@code after}: added are in {@code after} only, removed in {@code before} only. */
  public static ColumnDiff between(List<Column> before, List<Column> after) {
    Map<String, Column> old = byName(before);
    Map<String, Column> now = byName(after);
    List<Column> added = new ArrayList<>();
    List<Retyped> retyped = new ArrayList<>();
    now.forEach((name, column) -> {
      Column previous = old.get(name);
      if (previous == null) {
        added.add(column);
      } else if (!sameType(previous.type(), column.type())) {
        retyped.add(new Retyped(name, previous.type(), column.type()));
      }
    });
    List<Column> removed = old.values().stream().filter(c -> !now.containsKey(c.name())).toList();
    return new ColumnDiff(added, removed, retyped);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && retyped.isEmpty();
  }

  /** Whether two type strings name the same type. */
  public static boolean sameType(String a, String b) {
    try {
      return TypeParser.catalogType(a).equals(TypeParser.catalogType(b));
    } catch (InvalidTypeException e) {
      return a.strip().equalsIgnoreCase(b.strip());
    }
  }

  private static Map<String, Column> byName(List<Column> columns) {
    Map<String, Column> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.put(c.name(), c));
    return byName;
  }
}
