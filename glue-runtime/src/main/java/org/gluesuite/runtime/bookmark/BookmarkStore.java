package org.gluesuite.runtime.bookmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Job bookmarks kept as files: {@code <root>/<job>.json} (see {@link BookmarkDocument}) and, while a bookmarked run
 * is active, {@code <root>/<job>.lock}. Every write replaces the file atomically (temporary file, then rename), so a
 * crash leaves the old bookmark or the new one, never a mix.
 */
public final class BookmarkStore {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");

  private final Path root;

  public BookmarkStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The job's bookmark; the initial (empty) entry if the job never committed one. */
  public JobBookmarkEntry get(String jobName) {
    Path file = fileOf(jobName);
    try {
      return BookmarkDocument.read(jobName, file, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return JobBookmarkEntry.initial(jobName);
    } catch (IOException e) {
      throw BookmarkErrors.corrupt(jobName, file, "it cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** True if the job has a bookmark file. */
  public boolean exists(String jobName) {
    return Files.exists(fileOf(jobName));
  }

  /** Takes the job's run lock (see {@link BookmarkLock}). */
  public BookmarkLock lock(String jobName, String runId) {
    return BookmarkLock.acquire(root.resolve(safe(jobName) + ".lock"), jobName, runId);
  }

  /** Who holds the job's lock, if anyone. */
  public Optional<BookmarkLock.Owner> lockOwner(String jobName) {
    return BookmarkLock.read(root.resolve(safe(jobName) + ".lock"));
  }

  /**
   * Replaces the bookmark with {@code next} if it is still at {@code expectedVersion}. Call with the job's lock held.
   *
   * @throws BookmarkErrors.BookmarkVersionMismatchException if the version moved
   */
  public void replace(JobBookmarkEntry next, long expectedVersion, String runId) {
    if (exists(next.jobName())) {
      long found = get(next.jobName()).version();
      if (found != expectedVersion) {
        throw BookmarkErrors.versionChanged(next.jobName(), runId, expectedVersion, found);
      }
    }
    write(next);
  }

  /**
   * Glue's {@code ResetJobBookmark}: with no run id back to the start, otherwise to the state the run committed.
   * A corrupt file is replaced by a fresh entry (this is the repair). Takes the job's lock.
   */
  public JobBookmarkEntry reset(String jobName, String toRunId) {
    try (BookmarkLock lock = lock(jobName, "bookmarks-reset")) {
      JobBookmarkEntry current;
      try {
        current = get(jobName);
      } catch (BookmarkErrors.CorruptBookmarkException corrupt) {
        if (toRunId != null) {
          throw corrupt;
        }
        quarantine(jobName);
        current = JobBookmarkEntry.initial(jobName);
      }
      JobBookmarkEntry next = toRunId == null ? current.reset(Instant.now())
          : current.rewoundTo(current.checkpoint(toRunId)
              .orElseThrow(() -> BookmarkErrors.unknownRun(jobName, toRunId, "to rewind the bookmark")), Instant.now());
      write(next);
      return next;
    }
  }

  private void quarantine(String jobName) {
    Path file = fileOf(jobName);
    try {
      Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().toEpochMilli()),
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw BookmarkErrors.storeFailed(file, e);
    }
  }

  private void write(JobBookmarkEntry entry) {
    Path file = fileOf(entry.jobName());
    Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(root);
      Files.write(temp, BookmarkDocument.write(entry));
      try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
          java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Hidden temporary file; the bookmark itself is unchanged.
      }
      throw BookmarkErrors.storeFailed(file, e);
    }
  }

  private Path fileOf(String jobName) {
    return root.resolve(safe(jobName) + ".json");
  }

  private static String safe(String jobName) {
    if (jobName == null || !SAFE_NAME.matcher(jobName).matches()) {
      throw BookmarkErrors.invalidJobName(jobName);
    }
    return jobName;
  }
}
