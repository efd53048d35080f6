package org.gluesuite.crawler.classify;

import org.gluesuite.common.GlueSuiteException;

/**
 * A file the crawler cannot use; the reason goes into the run report and the crawl goes on. Never leaves the crawl,
 * so it carries no stack trace.
 */
public final class SkippedFileException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public SkippedFileException(String reason) {
    super(reason, null, false);
  }
}
