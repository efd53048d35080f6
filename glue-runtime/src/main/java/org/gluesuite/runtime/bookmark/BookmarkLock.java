package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * Who is running a bookmarked job right now: {@code <job>.lock}, created atomically (a hard link fails if the file
 * exists) and holding the owner's run id, host, process id and process start time. A lock whose process is gone
 * (a killed run) is taken over; a live one makes the next run fail fast with Glue's version mismatch.
 */
public final class BookmarkLock implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The lock file's content. */
  @PascalCaseJson
  public record Owner(String runId, String host, long pid, String processStart, String acquiredOn) {

    /** The owner record of this process for {@code runId}. */
    public static Owner current(String runId) {
      ProcessHandle self = ProcessHandle.current();
      return new Owner(runId, hostName(), self.pid(),
          self.info().startInstant().map(Instant::toString).orElse(null), Instant.now().toString());
    }

    /** False only when the owner is on this host and its process no longer exists (or is another process). */
    public boolean alive() {
      if (!hostName().equals(host)) {
        return true;
      }
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty() || !process.get().isAlive()) {
        return false;
      }
      String start = process.get().info().startInstant().map(Instant::toString).orElse(null);
      return processStart == null || start == null || processStart.equals(start);
    }

    String describe(Path file) {
      return String.format("run %s (process %d on %s, since %s; lock file %s)", runId, pid, host, acquiredOn, file);
    }
  }

  private final Path file;
  private final Owner owner;
  private final Owner previous;

  private BookmarkLock(Path file, Owner owner, Owner previous) {
    this.file = file;
    this.owner = owner;
    this.previous = previous;
  }

  /**
   * Takes the job's lock for {@code runId}.
   *
   * @throws BookmarkErrors.BookmarkVersionMismatchException if a live run holds it
   */
  static BookmarkLock acquire(Path file, String jobName, String runId) {
    Owner me = Owner.current(runId);
    Owner stale = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(temp, JSON.writeValueAsBytes(me));
        try {
          Files.createLink(file, temp);
          return new BookmarkLock(file, me, stale);
        } catch (FileAlreadyExistsException held) {
          Optional<Owner> current = read(file);
          if (current.isPresent() && current.get().alive()) {
            throw BookmarkErrors.concurrentRun(jobName, runId, current.get().describe(file));
          }
          stale = current.orElse(stale);
          // Move the dead owner's lock aside atomically: of two runs racing for it, only one moves it.
          try {
            Files.move(file, file.resolveSibling("." + file.getFileName() + ".stale-" + UUID.randomUUID()),
                StandardCopyOption.ATOMIC_MOVE);
          } catch (NoSuchFileException gone) {
            // Another run moved it first; try again.
          }
        } finally {
          Files.deleteIfExists(temp);
        }
      } catch (IOException e) {
        throw BookmarkErrors.storeFailed(file, e);
      }
    }
    throw BookmarkErrors.concurrentRun(jobName, runId, "another run that keeps taking it (lock file " + file + ")");
  }

  static Optional<Owner> read(Path file) {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), Owner.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // Half-written by a killed process: nobody owns it.
      return Optional.of(new Owner("unknown", Owner.current("x").host(), -1, null, null));
    }
  }

  /** The dead run whose lock this one took over, if any (its run record still says RUNNING). */
  public Optional<Owner> takenOverFrom() {
    return Optional.ofNullable(previous);
  }

  public Owner owner() {
    return owner;
  }

  @Override
  public void close() {
    try {
      Optional<Owner> current = read(file);
      if (current.isPresent() && current.get().equals(owner)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A stale lock is taken over by the next run.
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
