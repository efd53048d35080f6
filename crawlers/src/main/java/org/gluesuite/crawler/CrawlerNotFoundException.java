package org.gluesuite.crawler;

/** Glue's {@code EntityNotFoundException} for crawlers: no definition has that name. */
public final class CrawlerNotFoundException extends CrawlerException {
  public CrawlerNotFoundException(String message) {
    super(message);
  }
}
