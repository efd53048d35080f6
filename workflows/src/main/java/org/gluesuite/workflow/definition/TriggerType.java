package org.gluesuite.workflow.definition;

/** Glue's {@code TriggerType}. */
public enum TriggerType {
  ON_DEMAND, SCHEDULED, CONDITIONAL, EVENT;

  /** Whether a trigger of this type starts a workflow run (every type but CONDITIONAL). */
  public boolean startsRun() {
    return this != CONDITIONAL;
  }
}
