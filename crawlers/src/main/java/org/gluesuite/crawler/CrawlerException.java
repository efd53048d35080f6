package org.gluesuite.crawler;

import org.gluesuite.common.GlueSuiteException;

/** A crawl that failed while running (state file, target folder, catalog); messages come from {@link CrawlerErrors}. */
public class CrawlerException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public CrawlerException(String message, Throwable cause) {
    super(message, cause);
  }
}
