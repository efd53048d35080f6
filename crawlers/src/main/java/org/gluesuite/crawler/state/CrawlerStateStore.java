package org.gluesuite.crawler.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerErrors;
import org.gluesuite.crawler.CrawlerState;

/**
 * Crawler state as JSON files under {@code <workspace>/crawlers/}: {@code NAME.json} (state, last crawl,
 * metrics), {@code NAME.folders} (leaf folders seen, for CRAWL_NEW_FOLDERS_ONLY) and
 * {@code NAME/runs/RUN_ID.json} (reports). State changes take an exclusive file lock, so processes sharing a
 * workspace see one RUNNING crawl at a time; a RUNNING record whose process has died is taken over.
 */
public final class CrawlerStateStore {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  public CrawlerStateStore(Path dir) {
    this.dir = dir;
  }

  public CrawlerRecord get(String name) {
    Path file = dir.resolve(name + ".json");
    if (!Files.isRegularFile(file)) {
      return CrawlerRecord.ready(name);
    }
    try {
      return JSON.readValue(file.toFile(), CrawlerRecord.class);
    } catch (IOException e) {
      throw CrawlerErrors.stateUnreadable(file, e);
    }
  }

  /** READY → RUNNING. @throws org.gluesuite.crawler.CrawlerRunningException if a live process runs it */
  public CrawlerRecord start(String name, String runId, Instant now) {
    return locked(name, () -> {
      CrawlerRecord current = get(name);
      if (current.state() != CrawlerState.READY && current.pid() != null && alive(current.pid())) {
        throw CrawlerErrors.alreadyRunning(name, current.runId(), current.pid());
      }
      CrawlerRecord running = current.running(runId, ProcessHandle.current().pid(), now);
      write(name, running);
      return running;
    });
  }

  /** RUNNING → READY with the outcome. */
  public CrawlerRecord finish(String name, CrawlState status, String error, Instant end, int created, int updated,
      int deleted) {
    return locked(name, () -> {
      CrawlerRecord done = get(name).finished(status, error, end, created, updated, deleted);
      write(name, done);
      return done;
    });
  }

  public Set<String> knownFolders(String name) {
    Path file = dir.resolve(name + ".folders");
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    try {
      return new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CrawlerErrors.stateUnreadable(file, e);
    }
  }

  public void addKnownFolders(String name, Set<String> folders) {
    Set<String> all = new TreeSet<>(knownFolders(name));
    if (!all.addAll(folders)) {
      return;
    }
    writeAtomically(dir.resolve(name + ".folders"), String.join("\n", all));
  }

  public Path writeReport(String name, String runId, Object report) {
    Path file = dir.resolve(name).resolve("runs").resolve(runId + ".json");
    try {
      writeAtomically(file, JSON.writeValueAsString(report));
      return file;
    } catch (IOException e) {
      throw CrawlerErrors.stateUnwritable(file, e);
    }
  }

  private void write(String name, CrawlerRecord record) {
    try {
      writeAtomically(dir.resolve(name + ".json"), JSON.writeValueAsString(record));
    } catch (IOException e) {
      throw CrawlerErrors.stateUnwritable(dir.resolve(name + ".json"), e);
    }
  }

  private void writeAtomically(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CrawlerErrors.stateUnwritable(file, e);
    }
  }

  private <T> T locked(String name, java.util.function.Supplier<T> action) {
    Path lock = dir.resolve(name + ".lock");
    try {
      Files.createDirectories(dir);
      try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return action.get();
      }
    } catch (IOException e) {
      throw CrawlerErrors.stateUnwritable(lock, e);
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  public static double medianMillis(List<Long> values) {
    return median(values);
  }
}
