package org.gluesuite.lakeformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where access decisions go. {@link #file} appends JSON lines; several processes may append at once. */
public interface AuditLog {

  void record(AuditEvent event);

  /** Appends one JSON object per line to {@code file}, under an exclusive file lock per event. */
  static AuditLog file(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    return event -> {
      try {
        Files.createDirectories(file.getParent());
        byte[] line = (mapper.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
          channel.write(ByteBuffer.wrap(line));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot append to the Lake Formation audit log " + file + ": " + e.getMessage()
            + ". Access is not granted without a record; make the workspace writable.", e);
      }
    };
  }

  /** An in-memory log, for tests and benchmarks. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** Keeps the events in memory. */
  final class InMemory implements AuditLog {
    private final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(AuditEvent event) {
      events.add(event);
    }

    public List<AuditEvent> events() {
      synchronized (events) {
        return List.copyOf(events);
      }
    }
  }
}
