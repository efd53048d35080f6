package org.gluesuite.crawler;

/** Base of every crawler failure; messages come from {@link CrawlerErrors}. */
public class CrawlerException extends RuntimeException {
  public CrawlerException(String message) {
    super(message);
  }

  public CrawlerException(String message, Throwable cause) {
    super(message, cause);
  }
}
