package org.gluesuite.crawler;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code CrawlerNotRunningException}: a crawler that is not running was asked to stop. */
public final class CrawlerNotRunningException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public CrawlerNotRunningException(String message) {
    super(message);
  }
}
