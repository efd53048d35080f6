package org.gluesuite.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a deployment does (or would do) to one resource: its kind and name, the action, the fields that differ (for
 * an update; secrets masked) or why nothing can be done (skipped), and the definition file it comes from.
 */
public record Change(ResourceKind kind, String name, Action action, List<String> details, String source) {
  /** The action on one resource. */
  public enum Action {
    CREATE("+"), UPDATE("~"), DELETE("-"), UNCHANGED("="), SKIPPED("!");

    private final String mark;

    Action(String mark) {
      this.mark = mark;
    }

    public String mark() {
      return mark;
    }
  }

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    details = List.copyOf(details);
  }

  /** Whether applying it changes anything. */
  public boolean changes() {
    return action == Action.CREATE || action == Action.UPDATE || action == Action.DELETE;
  }

  /** {@code + job air-quality-clean}, then one indented line per detail. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(action.mark() + " " + kind.label() + " " + name + (action == Action.UNCHANGED ? " (unchanged)"
        : action == Action.SKIPPED ? " (skipped)" : ""));
    details.forEach(d -> lines.add("    " + d));
    return lines;
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
