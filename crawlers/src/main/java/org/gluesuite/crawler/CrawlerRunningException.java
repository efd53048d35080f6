package org.gluesuite.crawler;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code CrawlerRunningException}: the crawler was started while a run of it is in progress. */
public final class CrawlerRunningException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;
  private final String crawlerName;

  public CrawlerRunningException(String crawlerName, String message) {
    super(message);
    this.crawlerName = crawlerName;
  }

  /** The crawler that is already running. */
  public String crawlerName() {
    return crawlerName;
  }
}
