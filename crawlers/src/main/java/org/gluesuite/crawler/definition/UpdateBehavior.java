package org.gluesuite.crawler.definition;

/** {@code SchemaChangePolicy.UpdateBehavior}: what to do when an existing table's schema changed. */
public enum UpdateBehavior {
  LOG, UPDATE_IN_DATABASE
}
