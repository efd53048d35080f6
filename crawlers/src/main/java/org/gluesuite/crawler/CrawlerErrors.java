package org.gluesuite.crawler;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Every user-facing crawler message, in one place. Each says what went wrong, why, and how to fix it,
 * and names the file, JSON path, crawler or folder it is about.
 */
public final class CrawlerErrors {
  private CrawlerErrors() {
  }

  // ---- definitions ------------------------------------------------------------------------------

  public static CrawlerDefinitionException unknownKey(String file, String path, String key, Collection<String> allowed) {
    return new CrawlerDefinitionException(String.format(
        "%s: unknown key '%s' at %s. The CreateCrawler request shape has no such field here (keys are"
            + " case-sensitive); remove it or use one of %s.", file, key, path, allowed));
  }

  public static CrawlerDefinitionException missingKey(String file, String path, String key) {
    return new CrawlerDefinitionException(String.format(
        "%s: required key '%s' is missing at %s. Add it (see crawlers/README.md for the shape).", file, key, path));
  }

  public static CrawlerDefinitionException wrongType(String file, String path, String expected, String found) {
    return new CrawlerDefinitionException(String.format(
        "%s: %s must be %s but is %s. Fix the value's JSON type.", file, path, expected, found));
  }

  public static CrawlerDefinitionException badEnum(String file, String path, String value, Collection<String> allowed) {
    return new CrawlerDefinitionException(String.format(
        "%s: '%s' at %s is not a valid value: Glue accepts only %s. Use one of those (upper case, as written).",
        file, value, path, allowed));
  }

  public static CrawlerDefinitionException badValue(String file, String path, String value, String why) {
    return new CrawlerDefinitionException(String.format("%s: invalid value '%s' at %s: %s.", file, value, path, why));
  }

  public static CrawlerDefinitionException badGlob(String file, String path, String glob, String why) {
    return new CrawlerDefinitionException(String.format(
        "%s: exclusion pattern '%s' at %s is not a valid glob: %s. Globs use * (within a folder), ** (across"
            + " folders), ?, [a-z] and {a,b}; escape a literal with \\.", file, glob, path, why));
  }

  public static CrawlerDefinitionException unreadableDefinition(String file, String why) {
    return new CrawlerDefinitionException(String.format(
        "%s cannot be read as a crawler definition: %s. Fix the JSON syntax (one object in CreateCrawler's"
            + " shape).", file, why));
  }

  public static CrawlerDefinitionException unknownClassifier(String file, String path, String name, Path folder) {
    return new CrawlerDefinitionException(String.format(
        "%s: classifier '%s' at %s is not defined: no %s/%s.json holds it. Add a classifier definition in"
            + " CreateClassifier's shape there, or remove the name.", file, name, path, folder, name));
  }

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
            + " crawler starts as READY with no history.", file, cause.getMessage()), cause);
  }

  public static CrawlerException stateUnwritable(Path file, Throwable cause) {
    return new CrawlerException(String.format(
        "The crawler state file %s cannot be written (%s). Check that the workspace is writable and has space.",
        file, cause.getMessage()), cause);
  }

  public static CrawlerException targetMissing(String path, Path resolved) {
    return new CrawlerException(String.format(
        "S3 target %s does not exist (looked in %s). Create the folder or fix the Path; a missing target is"
            + " treated as empty only after it has been crawled once.", path, resolved));
  }

  public static CrawlerException crawlFailed(String name, Throwable cause) {
    return new CrawlerException(String.format(
        "Crawler %s failed: %s. Its catalog changes so far are kept; fix the cause and run it again.", name,
        cause.getMessage()), cause);
  }
}
