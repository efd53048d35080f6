package org.gluesuite.workflow.definition;

/** Glue's {@code CrawlState}. */
public enum CrawlState {
  RUNNING, CANCELLING, CANCELLED, SUCCEEDED, FAILED, ERROR
}
