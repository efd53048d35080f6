package org.gluesuite.runtime.bookmark;

import java.nio.file.Path;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.common.Failures;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.runtime.context.ContextErrors;

/** Every user-facing bookmark failure, made in one place: what went wrong, why, and how to fix it. */
public final class BookmarkErrors {
  private BookmarkErrors() {
  }

  /** A bookmark file that fails its checksum, has an unknown format version, or cannot be parsed. */
  public static final class CorruptBookmarkException extends GlueSuiteUserException {
    private static final long serialVersionUID = 1L;
    private final String jobName;

    CorruptBookmarkException(String jobName, String message, Throwable cause) {
      super(message, cause);
      this.jobName = jobName;
    }

    /** The job whose bookmark is damaged. */
    public String jobName() {
      return jobName;
    }
  }

  /** Glue's version mismatch: another run owns or changed the job's bookmark. */
  public static final class BookmarkVersionMismatchException extends GlueSuiteException {
    private static final long serialVersionUID = 1L;

    BookmarkVersionMismatchException(String message) {
      super(message);
    }
  }

  /** A run id that the bookmark's history does not know (rewind, --job-bookmark-from/to). */
  public static final class UnknownBookmarkRunException extends GlueSuiteUserException {
    private static final long serialVersionUID = 1L;
    private final String jobName;

    UnknownBookmarkRunException(String jobName, String message) {
      super(message);
      this.jobName = jobName;
    }

    /** The job whose bookmark history was asked. */
    public String jobName() {
      return jobName;
    }
  }

  public static CorruptBookmarkException corrupt(String jobName, Path file, String why, Throwable cause) {
    return new CorruptBookmarkException(jobName, String.format(
        "The job bookmark of %s in %s is corrupt: %s. It is not used, because reading it any other way could skip "
            + "or repeat data. Repair it with BookmarkStore.reset(\"%s\", null) (Glue's ResetJobBookmark: the next "
            + "run reprocesses everything), or restore a good copy of the file and rewind to one of its runs.",
        jobName, file, why, jobName), cause);
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
    return new UnknownBookmarkRunException(jobName, String.format(
        "Run %s is not in the bookmark history of job %s, so it cannot be used %s. Only committed runs of a "
            + "bookmarked job (the last %d) are kept; pass one of those (BookmarkStore.get(\"%s\").history() lists "
            + "them).",
        runId, jobName, purpose, JobBookmarkEntry.HISTORY_LIMIT, jobName));
  }

  public static InvalidInputException invalidJobName(String jobName) {
    return new InvalidInputException("Job name '" + jobName + "' cannot name a bookmark file: use 1-255 letters, "
        + "digits, '_', '-' or '.', not starting with '.' (Glue's job names follow the same rule).");
  }

  public static ContextErrors.InvalidOptionException badBand(long maxBand, int maxFilesInBand) {
    return new ContextErrors.InvalidOptionException(String.format(
        "Invalid bookmark band: maxBand=%d ms, maxFilesInBand=%d. maxBand must be 0 or more milliseconds and "
            + "maxFilesInBand at least 1 (Glue's defaults are 900000 and 1000).", maxBand, maxFilesInBand));
  }

  public static IllegalStateException storeFailed(Path file, Exception cause) {
    return new IllegalStateException(String.format(
        "Could not write the job bookmark %s: %s. The previous bookmark is unchanged (it is replaced atomically). "
            + "Check that the workspace is writable and has free space, then run the job again.",
        file, Failures.reason(cause)), cause);
  }
}
