package org.gluesuite.crawler.definition;

/** {@code SchemaChangePolicy.DeleteBehavior}: what to do when a crawled table's or partition's data is gone. */
public enum DeleteBehavior {
  LOG, DELETE_FROM_DATABASE, DEPRECATE_IN_DATABASE
}
