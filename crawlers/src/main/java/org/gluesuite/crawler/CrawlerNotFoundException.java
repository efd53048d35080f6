package org.gluesuite.crawler;

import org.gluesuite.common.GlueSuiteUserException;

/** Glue's {@code EntityNotFoundException} for crawlers: no definition has that name. */
public final class CrawlerNotFoundException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public CrawlerNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "EntityNotFoundException";
  }
}
