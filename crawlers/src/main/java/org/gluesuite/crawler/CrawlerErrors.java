package org.gluesuite.crawler;

import java.nio.file.Path;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.InvalidInputException;
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

  public static AlreadyExistsException crawlerExists(String name, Path folder) {
    return new AlreadyExistsException(String.format(
        "Crawler %s already exists (%s/%s.json). Choose another name, or change it with UpdateCrawler.", name, folder,
        name));
  }

  public static CrawlerException definitionsUnreadable(Path file, Throwable cause) {
    return new CrawlerException(String.format(
        "The crawler definitions in %s cannot be read (%s). Check that the folder is readable and each NAME.json is a"
            + " JSON object in CreateCrawler's shape.", file, Failures.reason(cause)), cause);
  }

  public static CrawlerException definitionUnwritable(Path file, Throwable cause) {
    return new CrawlerException(String.format(
        "The crawler definition %s cannot be written (%s). Check that the definitions folder is writable and has"
            + " space.", file, Failures.reason(cause)), cause);
  }

  public static InvalidInputException invalidName(String name) {
    return new InvalidInputException(String.format(
        "'%s' is not a crawler name: it is 1-255 letters, digits, '_', '.' or '-', starting with a letter or digit.",
        name));
  }

  public static org.gluesuite.catalog.EntityNotFoundException classifierNotFound(String name, Path folder) {
    return new org.gluesuite.catalog.EntityNotFoundException(String.format(
        "Classifier %s not found: %s has no %s.json. Create it with CreateClassifier (GetClassifiers lists the"
            + " classifiers there).", name, folder, name));
  }

  public static AlreadyExistsException classifierExists(String name, Path folder) {
    return new AlreadyExistsException(String.format(
        "Classifier %s already exists (%s/%s.json). Choose another name, or change it with UpdateClassifier.", name,
        folder, name));
  }

  public static InvalidInputException invalidClassifierName(String name) {
    return new InvalidInputException(String.format(
        "'%s' is not a classifier name: it is 1-255 letters, digits, '_', '.' or '-', starting with a letter or"
            + " digit.", name));
  }

  public static InvalidInputException classifierKindChanged(String name, String stored, String requested) {
    return new InvalidInputException(String.format(
        "Classifier %s is a %s, so UpdateClassifier cannot change it with %s. Delete it (DeleteClassifier) and"
            + " create it again as the new kind.", name, stored, requested));
  }

  public static InvalidInputException oneClassifierKind(java.util.List<String> kinds) {
    return new InvalidInputException("The request must hold exactly one classifier, as one of " + kinds
        + ", with its Name.");
  }

  public static CrawlerNotRunningException notRunning(String name) {
    return new CrawlerNotRunningException(String.format(
        "Crawler %s is not running, so there is nothing to stop. Start it with StartCrawler.", name));
  }

  public static CrawlerRunningException runningElsewhere(String name, String operation) {
    return new CrawlerRunningException(name, String.format(
        "Crawler %s is running in another process, which this one cannot %s. Wait until it is READY"
            + " (GetCrawler), then try again.", name, operation));
  }

  public static CrawlerRunningException changedWhileRunning(String name, String operation) {
    return new CrawlerRunningException(name, String.format(
        "Crawler %s is running, so %s cannot change it. Wait until it is READY (GetCrawler), then try again.", name,
        operation));
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
