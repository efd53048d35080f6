package org.gluesuite.crawler;

import java.nio.file.Path;
import org.gluesuite.common.Failures;

/**
 * Every user-facing crawler message, in one place. Each says what went wrong, why, and how to fix it,
 * and names the file, JSON path, crawler or folder it is about.
 */
public final class CrawlerErrors {
  private CrawlerErrors() {
  }

  // ---- definitions ------------------------------------------------------------------------------

  public static CrawlerNotFoundException crawlerNotFound(String name, Path folder) {
    return new CrawlerNotFoundException(String.format(
        "Crawler '%s' not found: %s has no %s.json. Add a definition in CreateCrawler's shape there, or give the"
            + " CrawlContext the definitions folder that holds it.", name, folder, name));
  }

  // ---- runs -------------------------------------------------------------------------------------

  public static CrawlerRunningException alreadyRunning(String name, String runId, long pid) {
    return new CrawlerRunningException(name, String.format(
        "Crawler %s is already running (run %s, process %d), so it cannot be started again. Wait for that run"
            + " to finish (CrawlerService.getCrawler(\"%s\") shows its state), then start it again.", name, runId, pid,
        name));
  }

  public static CrawlerException stateUnreadable(Path file, Throwable cause) {
    return new CrawlerException(String.format(
        "The crawler state file %s cannot be read (%s). It was edited by hand or damaged; delete it and the"
            + " crawler starts as READY with no history.", file, Failures.reason(cause)), cause);
  }

  public static CrawlerException stateUnwritable(Path file, Throwable cause) {
    return new CrawlerException(String.format(
        "The crawler state file %s cannot be written (%s). Check that the workspace is writable and has space.",
        file, Failures.reason(cause)), cause);
  }

  public static CrawlerException targetMissing(String path, Path resolved) {
    return new CrawlerException(String.format(
        "S3 target %s does not exist (looked in %s). Create the folder or fix the Path; a missing target is"
            + " treated as empty only after it has been crawled once.", path, resolved), null);
  }

  public static CrawlerException interrupted(String name, InterruptedException cause) {
    return new CrawlerException("Crawler " + name + " was interrupted while classifying files; its catalog changes so "
        + "far are kept. Run it again.", cause);
  }

  public static CrawlerException classificationFailed(String name, Throwable cause) {
    return new CrawlerException("Crawler " + name + " could not classify its files: " + Failures.reason(cause)
        + ". Fix the cause and run it again.", cause);
  }

  public static CrawlerException crawlFailed(String name, Throwable cause) {
    return new CrawlerException(String.format(
        "Crawler %s failed: %s. Its catalog changes so far are kept; fix the cause and run it again.", name,
        Failures.reason(cause)), cause);
  }
}
