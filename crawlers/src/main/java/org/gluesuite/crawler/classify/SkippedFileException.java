package org.gluesuite.crawler.classify;

/** A file the crawler cannot use; the reason goes into the run report and the crawl goes on. */
public final class SkippedFileException extends Exception {
  public SkippedFileException(String reason) {
    super(reason, null, false, false);
  }
}
