package org.gluesuite.jobs.retail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes order lines into the hourly layout ({@link OrderLogFormat}) without showing anything half-written:
 * lines go to a staging folder {@code raw/_landing-<id>/} (which neither the crawler nor the jobs read) and
 * {@link #publish} moves one file per hour folder into {@code raw/orders/yyyy/mm/dd/hh/NAME}. A file already there
 * with the same bytes is left alone, so landing the same input twice changes nothing (its time stays, and the clean
 * job's bookmark does not read it again). Closing without publishing removes the staging folder.
 *
 * <p>Lines arrive in any order; writers of the most recent hours stay open (order logs come sorted by time, so
 * this is almost always one), others are reopened to append.
 */
public final class OrderLogWriter implements AutoCloseable {
  private static final int OPEN_WRITERS = 8;
  /** Staging folders older than this are left over from a killed landing and removed. */
  private static final Duration STALE = Duration.ofHours(1);

  private final Path ordersRoot;
  private final Path staging;
  private final TreeSet<String> hours = new TreeSet<>();
  private final Map<String, BufferedWriter> open = new LinkedHashMap<>(16, 0.75f, true);
  private long lines;
  private boolean finished;

  private OrderLogWriter(Path pipelineRoot) {
    this.ordersRoot = pipelineRoot.resolve(OrderLogFormat.ORDERS_FOLDER);
    Path raw = ordersRoot.getParent();
    removeStaleStaging(raw);
    this.staging = raw.resolve("_landing-" + UUID.randomUUID());
  }

  /** A writer into the order logs under {@code pipelineRoot} (the pipeline's folder in the lake). */
  public static OrderLogWriter create(Path pipelineRoot) {
    return new OrderLogWriter(pipelineRoot);
  }

  public void write(OrderLine line) {
    String hour = OrderLogFormat.hourFolder(line.invoiceDate());
    try {
      BufferedWriter out = writer(hour);
      out.write(OrderLogFormat.line(line));
      out.write('\n');
      lines++;
    } catch (IOException e) {
      throw RetailErrors.writeFailed(staging.resolve(hour).toString(), e);
    }
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }

  /**
   * Moves every hour's file into {@code raw/orders/<hour>/<fileName>}: files already there with the same bytes are
   * kept as they are. Then removes the staging folder.
   */
  public Published publish(String fileName) {
    closeWriters();
    int moved = 0;
    int unchanged = 0;
    try {
      for (String hour : hours) {
        Path staged = staging.resolve(hour).resolve("part.csv");
        Path target = ordersRoot.resolve(hour).resolve(fileName);
        if (Files.isRegularFile(target) && Files.mismatch(staged, target) == -1L) {
          unchanged++;
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        moved++;
      }
    } catch (IOException e) {
      throw RetailErrors.writeFailed(ordersRoot.toString(), e);
    } finally {
      finished = true;
      deleteTree(staging);
    }
    return new Published(new TreeSet<>(hours), moved, unchanged, lines);
  }

  /** Drops what was staged (nothing was published). */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      closeWriters();
      deleteTree(staging);
    }
  }

  /**
   * What was published.
   *
   * @param hours the hour folders ({@code yyyy/mm/dd/hh}) holding the lines
   * @param filesWritten files moved into place
   * @param filesUnchanged files that were there already with the same bytes
   * @param lines order lines written
   */
  public record Published(SortedSet<String> hours, int filesWritten, int filesUnchanged, long lines) {
    public Published {
      hours = Collections.unmodifiableSortedSet(new TreeSet<>(hours));
    }
  }

  private BufferedWriter writer(String hour) throws IOException {
    BufferedWriter out = open.get(hour);
    if (out != null) {
      return out;
    }
    if (open.size() >= OPEN_WRITERS) {
      var eldest = open.entrySet().iterator().next();
      eldest.getValue().close();
      open.remove(eldest.getKey());
    }
    Path file = staging.resolve(hour).resolve("part.csv");
    boolean fresh = hours.add(hour);
    if (fresh) {
      Files.createDirectories(file.getParent());
    }
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    if (fresh) {
      out.write(OrderLogFormat.header());
      out.write('\n');
    }
    open.put(hour, out);
    return out;
  }

  private void closeWriters() {
    IOException first = null;
    for (BufferedWriter out : open.values()) {
      try {
        out.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw RetailErrors.writeFailed(staging.toString(), first);
    }
  }

  private static void removeStaleStaging(Path raw) {
    if (!Files.isDirectory(raw)) {
      return;
    }
    FileTime cutoff = FileTime.from(Instant.now().minus(STALE));
    try (Stream<Path> children = Files.list(raw)) {
      for (Path child : children.filter(p -> p.getFileName().toString().startsWith("_landing-")).toList()) {
        if (Files.getLastModifiedTime(child).compareTo(cutoff) < 0) {
          deleteTree(child);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + raw, e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      Path[] all = paths.sorted(Comparator.reverseOrder()).toArray(Path[]::new);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + root + ": " + e.getMessage(), e);
    }
  }
}
