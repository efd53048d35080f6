package org.gluesuite.crawler;

/** Glue's {@code CrawlerRunningException}: the crawler was started while a run of it is in progress. */
public final class CrawlerRunningException extends CrawlerException {
  public CrawlerRunningException(String message) {
    super(message);
  }
}
