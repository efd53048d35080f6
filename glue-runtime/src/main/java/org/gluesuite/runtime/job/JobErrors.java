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

  public static String killedRun(String runId, long pid) {
    return String.format("The run's process (%d) ended without finishing (killed or crashed); run %s found it so. "
        + "Nothing of it was committed: its bookmark was not advanced and its staged output was cleaned up.",
        pid, runId);
  }
}
