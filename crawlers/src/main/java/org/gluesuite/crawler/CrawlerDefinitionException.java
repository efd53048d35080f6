package org.gluesuite.crawler;

/** A crawler or classifier definition is invalid: the message names the file and the JSON path. */
public final class CrawlerDefinitionException extends CrawlerException {
  public CrawlerDefinitionException(String message) {
    super(message);
  }
}
