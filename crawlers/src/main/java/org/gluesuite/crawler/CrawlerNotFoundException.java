package org.gluesuite.crawler;

import org.gluesuite.catalog.EntityNotFoundException;

/** Glue's {@code EntityNotFoundException} for crawlers: no definition has that name. */
public final class CrawlerNotFoundException extends EntityNotFoundException {
  private static final long serialVersionUID = 1L;

  public CrawlerNotFoundException(String message) {
    super(message);
  }
}
