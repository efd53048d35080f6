package org.gluesuite.crawler;

/** Glue's {@code LastCrawlInfo.Status}. */
public enum CrawlState {
  SUCCEEDED, FAILED, CANCELLED
}
