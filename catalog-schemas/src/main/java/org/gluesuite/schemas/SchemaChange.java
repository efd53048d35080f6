package org.gluesuite.schemas;

import java.util.List;

/** What {@code catalog apply} does (or would do) to one database or table, with the differences it found. */
public record SchemaChange(Kind kind, String resource, List<String> differences) {
  public enum Kind { CREATE, UPDATE, UNCHANGED }

  public SchemaChange {
    differences = List.copyOf(differences);
  }

  public boolean changes() {
    return kind != Kind.UNCHANGED;
  }

  /** One line per difference, {@code +} created, {@code ~} updated, {@code =} unchanged. */
  public List<String> lines() {
    String mark = switch (kind) {
      case CREATE -> "+";
      case UPDATE -> "~";
      case UNCHANGED -> "=";
    };
    List<String> lines = new java.util.ArrayList<>();
    lines.add(mark + " " + resource + (kind == Kind.UNCHANGED ? " (unchanged)" : ""));
    differences.forEach(d -> lines.add("    " + d));
    return lines;
  }
}
