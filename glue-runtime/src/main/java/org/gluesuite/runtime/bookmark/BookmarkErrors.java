package org.gluesuite.runtime.bookmark;

import java.nio.file.Path;

/** Every user-facing bookmark failure, made in one place: what went wrong, why, and how to fix it. */
public final class BookmarkErrors {
  private BookmarkErrors() {
  }

  /** A bookmark file that fails its checksum, has an unknown format version, or cannot be parsed. */
  public static final class CorruptBookmarkException extends IllegalStateException {
    CorruptBookmarkException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Glue's version mismatch: another run owns or changed the job's bookmark. */
  public static final class BookmarkVersionMismatchException extends IllegalStateException {
    BookmarkVersionMismatchException(String message) {
      super(message);
    }
  }

  /** A run id that the bookmark's history does not know (rewind, --job-bookmark-from/to). */
  public static final class UnknownBookmarkRunException extends IllegalArgumentException {
    UnknownBookmarkRunException(String message) {
      super(message);
    }
  }

  public static CorruptBookmarkException corrupt(String jobName, Path file, String why, Throwable cause) {
    return new CorruptBookmarkException(String.format(
        "The job bookmark of %s in %s is corrupt: %s. It is not used, because reading it any other way could skip "
            + "or repeat data. Repair it with './glue-suite bookmarks reset %s' (the next run reprocesses everything) "
            + "or './glue-suite bookmarks rewind %s --run RUN_ID' after restoring a good copy of the file.",
        jobName, file, why, jobName, jobName), cause);
  }

  public static BookmarkVersionMismatchException concurrentRun(String jobName, String runId, String owner) {
    return new BookmarkVersionMismatchException(String.format(
        "Job bookmark version mismatch for job %s: run %s cannot use the bookmark because %s holds it. Concurrent "
            + "runs of a bookmarked job would read the same data twice, so, as in AWS Glue, the second run fails "
            + "(keep MaxConcurrentRuns at 1). Wait for that run to end; if its process is gone on another machine, "
            + "delete the lock file named in this message.", jobName, runId, owner));
  }

  public static BookmarkVersionMismatchException versionChanged(String jobName, String runId, long expected,
      long found) {
    return new BookmarkVersionMismatchException(String.format(
        "Job bookmark version mismatch for job %s: run %s read version %d but the bookmark is now at version %d "
            + "(another run, a reset or a rewind changed it meanwhile). Nothing of this run was committed to the "
            + "bookmark. Run the job again.", jobName, runId, expected, found));
  }

  public static UnknownBookmarkRunException unknownRun(String jobName, String runId, String purpose) {
    return new UnknownBookmarkRunException(String.format(
        "Run %s is not in the bookmark history of job %s, so it cannot be used %s. Only committed runs of a "
            + "bookmarked job (the last %d) are kept; see './glue-suite bookmarks show %s'.",
        runId, jobName, purpose, JobBookmarkEntry.HISTORY_LIMIT, jobName));
  }

  public static IllegalArgumentException badBand(long maxBand, int maxFilesInBand) {
    return new IllegalArgumentException(String.format(
        "Invalid bookmark band: maxBand=%d ms, maxFilesInBand=%d. maxBand must be 0 or more milliseconds and "
            + "maxFilesInBand at least 1 (Glue's defaults are 900000 and 1000).", maxBand, maxFilesInBand));
  }

  public static IllegalStateException storeFailed(Path file, Exception cause) {
    return new IllegalStateException(String.format(
        "Could not write the job bookmark %s: %s. The previous bookmark is unchanged (it is replaced atomically). "
            + "Check that the workspace is writable and has free space, then run the job again.",
        file, cause.getMessage()), cause);
  }
}
