package org.gluesuite.workflow.definition;

/** Glue's {@code Logical}: how a predicate combines its conditions. */
public enum Logical {
  AND, ANY
}
