package org.gluesuite.crawler;

/** Glue's {@code Crawler.State}. */
public enum CrawlerState {
  READY, RUNNING, STOPPING
}
