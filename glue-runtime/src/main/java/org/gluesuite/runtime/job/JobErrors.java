package org.gluesuite.runtime.job;

import org.gluesuite.runtime.args.BookmarkOption;

/** User-facing failures of the job launcher, made in one place: what went wrong, why, and how to fix it. */
public final class JobErrors {
  private JobErrors() {
  }

  public static IllegalStateException noBookmarkStore(String jobName, BookmarkOption option) {
    return new IllegalStateException(String.format(
        "Job %s was started with --job-bookmark-option %s, but this launcher keeps no job bookmarks (its run store "
            + "is not in a workspace). Run it with ./glue-suite run-job, or give JobRunner RunnerSettings with a "
            + "BookmarkStore, or use job-bookmark-disable.", jobName, option.argumentValue()));
  }

  public static IllegalStateException runAlreadyEnded(String jobName, String runId) {
    return new IllegalStateException(String.format(
        "Run %s of job %s has already been committed or failed; a run ends once. Start a new run for more work.",
        runId, jobName));
  }

  public static String killedRun(String runId, long pid) {
    return String.format("The run's process (%d) ended without finishing (killed or crashed); run %s found it so. "
        + "Nothing of it was committed: its bookmark was not advanced and its staged output was cleaned up.",
        pid, runId);
  }

  public static CorruptRunRecordException corruptRunRecord(String jobName, java.nio.file.Path file, String why,
      Throwable cause) {
    return new CorruptRunRecordException(String.format(
        "The run record %s of job %s is corrupt: %s. It is not read, because a guessed reading could report a "
            + "failed run as succeeded or miscount the attempts of a bookmarked run. Data, catalog and bookmarks do "
            + "not depend on it. Move it aside with './glue-suite runs %s --quarantine-corrupt' (it is renamed to "
            + "*.corrupt-<time> and kept for inspection).", file, jobName, why, jobName), cause);
  }
}
