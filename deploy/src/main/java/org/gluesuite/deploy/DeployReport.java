package org.gluesuite.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * What an apply or destroy did: the artifacts uploaded, the changes made (in order), and — when a call failed — the
 * change that failed with AWS's message and the changes not made after it. A re-run picks up where it stopped:
 * created resources are then unchanged, the rest is planned again.
 */
public record DeployReport(List<String> uploaded, List<Change> applied, Change failed, String failure,
    List<Change> notApplied) {
  public DeployReport {
    uploaded = List.copyOf(uploaded);
    applied = List.copyOf(applied);
    notApplied = List.copyOf(notApplied);
  }

  public boolean succeeded() {
    return failed == null;
  }

  /** The resources changed: created, updated or deleted. */
  public long changeCount() {
    return applied.stream().filter(Change::changes).count();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    uploaded.forEach(u -> lines.add("uploaded " + u));
    applied.stream().filter(Change::changes).forEach(c -> lines.addAll(c.lines()));
    if (failed != null) {
      lines.add("FAILED: " + failed.action().name().toLowerCase(java.util.Locale.ROOT) + " " + failed.kind().label()
          + " " + failed.name() + ": " + failure);
      notApplied.forEach(c -> lines.add("not applied: " + c.action().mark() + " " + c.kind().label() + " "
          + c.name()));
    }
    lines.add(changeCount() + (changeCount() == 1 ? " change" : " changes") + " applied"
        + (failed == null ? "" : ", " + (notApplied.size() + 1) + " not applied"));
    return lines;
  }
}
