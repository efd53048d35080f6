package org.gluesuite.workflow.definition;

import java.util.List;

/** Glue's {@code Predicate}: {@code Logical} over conditions. */
public record Predicate(Logical logical, List<Condition> conditions) {
  public Predicate {
    conditions = List.copyOf(conditions);
  }
}
