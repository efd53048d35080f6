package org.gluesuite.crawler;

import org.gluesuite.common.GlueSuiteUserException;

/** A crawler or classifier definition is invalid: the message names the file and the JSON path. */
public final class CrawlerDefinitionException extends GlueSuiteUserException {
  public CrawlerDefinitionException(String message) {
    super(message);
  }
}
