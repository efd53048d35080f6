package org.gluesuite.crawler.definition;

/** {@code RecrawlPolicy.RecrawlBehavior}. Event mode needs S3 event notifications, which a local lake has not. */
public enum RecrawlBehavior {
  CRAWL_EVERYTHING, CRAWL_NEW_FOLDERS_ONLY, CRAWL_EVENT_MODE
}
