package org.gluesuite.deploy;

import java.util.ArrayList;
import java.util.List;

/** Every resource a deployment touches, in the order it would be changed, with what it would do to each. */
public record DeployPlan(List<Change> changes) {
  public DeployPlan {
    changes = List.copyOf(changes);
  }

  public long count(Change.Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /** How many resources applying this plan changes (created, updated or deleted). */
  public long changeCount() {
    return changes.stream().filter(Change::changes).count();
  }

  /** The plan as printed: one block per resource, then a summary line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    changes.forEach(c -> lines.addAll(c.lines()));
    lines.add(summary());
    return lines;
  }

  /** {@code 3 to create, 1 to update, 0 to delete, 12 unchanged} (and skipped ones, when there are). */
  public String summary() {
    String text = count(Change.Action.CREATE) + " to create, " + count(Change.Action.UPDATE) + " to update, "
        + count(Change.Action.DELETE) + " to delete, " + count(Change.Action.UNCHANGED) + " unchanged";
    long skipped = count(Change.Action.SKIPPED);
    return skipped == 0 ? text : text + ", " + skipped + " skipped";
  }
}
