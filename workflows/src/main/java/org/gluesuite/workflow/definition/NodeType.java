package org.gluesuite.workflow.definition;

/** Glue's workflow graph {@code NodeType}. */
public enum NodeType {
  CRAWLER, JOB, TRIGGER
}
