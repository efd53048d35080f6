package org.gluesuite.workflow.definition;

/** Glue's {@code LogicalOperator}: the only one is EQUALS. */
public enum LogicalOperator {
  EQUALS
}
