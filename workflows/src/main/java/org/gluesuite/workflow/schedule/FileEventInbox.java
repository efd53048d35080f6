package org.gluesuite.workflow.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Events as files, standing in for EventBridge: {@code <root>/<workflow>/<eventId>.json}. {@code post}
 * writes one ({@code ./glue-suite workflow event NAME}); the scheduler takes them in arrival order.
 */
public final class FileEventInbox implements EventSource {
  private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

  private final Path root;

  public FileEventInbox(Path root) {
    this.root = root;
  }

  public String post(String workflowName, String detail) {
    // Time, then a per-process sequence: file names sort in arrival order (ties across processes are rare).
    String id = String.format(java.util.Locale.ROOT, "ev_%013d_%09d_%s", System.currentTimeMillis(),
        SEQUENCE.incrementAndGet(), UUID.randomUUID().toString().substring(0, 8));
    try {
      Path folder = Files.createDirectories(root.resolve(workflowName));
      Path temp = Files.createTempFile(folder, ".", ".tmp");
      Files.writeString(temp, "{\"id\":\"" + id + "\",\"time\":\"" + Instant.now() + "\",\"detail\":"
          + (detail == null ? "null" : com.fasterxml.jackson.databind.node.TextNode.valueOf(detail).toString()) + "}");
      Files.move(temp, folder.resolve(id + ".json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> take(String workflowName) {
    Path folder = root.resolve(workflowName);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")
          && !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        String name = file.getFileName().toString();
        ids.add(name.substring(0, name.length() - 5));
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
