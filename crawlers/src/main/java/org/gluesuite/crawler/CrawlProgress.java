package org.gluesuite.crawler;

/** Receives progress lines during long crawls (the CLI prints them on stderr). */
@FunctionalInterface
public interface CrawlProgress {
  CrawlProgress SILENT = message -> { };

  void report(String message);
}
