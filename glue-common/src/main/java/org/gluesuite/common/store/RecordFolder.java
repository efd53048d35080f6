package org.gluesuite.common.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of sealed JSON records, one file each ({@code <id>.json}); hidden files (temporary writes) are not
 * records. Shared by the job and workflow run stores: listing, reading, and the repair that moves damaged records
 * aside.
 */
public final class RecordFolder {
  /** Reads one record from its bytes; throws {@code corruptType} when they fail their checks. */
  @FunctionalInterface
  public interface Check {
    void read(Path file, byte[] bytes);
  }

  private final Path folder;
  private final String what;

  /** {@code what} names the records in messages ("run record", "workflow run record"). */
  public RecordFolder(Path folder, String what) {
    this.folder = folder;
    this.what = what;
  }

  /** The record files, sorted by name; none if the folder does not exist. */
  public List<Path> files() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")
          && !f.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the " + what + "s in " + folder + ": " + e.getMessage(), e);
    }
  }

  public byte[] bytesOf(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the " + what + " " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The repair for damaged records: renames each file that {@code check} rejects with {@code corruptType} to
   * {@code <file>.corrupt-<epoch millis>} (kept for inspection, no longer read), unless a save replaced it in the
   * meantime. Returns the files moved.
   */
  public List<Path> quarantineCorrupt(Class<? extends RuntimeException> corruptType, Check check) {
    List<Path> moved = new ArrayList<>();
    for (Path file : files()) {
      byte[] bytes = bytesOf(file);
      try {
        check.read(file, bytes);
      } catch (RuntimeException e) {
        if (!corruptType.isInstance(e)) {
          throw e;
        }
        if (Arrays.equals(bytes, bytesOf(file))) {
          moved.add(moveAside(file));
        }
      }
    }
    return moved;
  }

  private Path moveAside(Path file) {
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      return aside;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not move the corrupt " + what + " " + file + " aside: "
          + e.getMessage(), e);
    }
  }
}
