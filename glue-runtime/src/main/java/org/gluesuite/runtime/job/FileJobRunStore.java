package org.gluesuite.runtime.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps run records as JSON files, {@code <root>/<job>/<runId>.json}, each replaced atomically (write
 * a temporary file, then rename), so a reader or a crash never leaves a half-written record.
 */
public final class FileJobRunStore implements JobRunStore {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final java.util.regex.Pattern SAFE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");

  private final Path root;

  public FileJobRunStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  @Override
  public void save(JobRunRecord record) {
    Path folder = folderOf(record.jobName());
    folderOf(record.id());
    Path target = folder.resolve(record.id() + ".json");
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + record.id(), ".tmp");
      JSON.writeValue(temp.toFile(), record);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the run record " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<JobRunRecord> find(String jobName, String runId) {
    Path file = folderOf(jobName).resolve(runId + ".json");
    return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
  }

  @Override
  public List<JobRunRecord> list(String jobName) {
    Path folder = folderOf(jobName);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<JobRunRecord> records = new ArrayList<>(files
          .filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
          .map(FileJobRunStore::read).toList());
      records.sort(Comparator.comparing(JobRunRecord::startedOn).reversed());
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The job's folder; job names and run ids become file names, so they may not leave the store's folder. */
  private Path folderOf(String jobName) {
    if (jobName == null || !SAFE_NAME.matcher(jobName).matches()) {
      throw new IllegalArgumentException("Job name '" + jobName + "' cannot name a run-record folder: use 1-255 "
          + "letters, digits, '_', '-' or '.', not starting with '.' (Glue's job names follow the same rule).");
    }
    return root.resolve(jobName);
  }

  private static JobRunRecord read(Path file) {
    try {
      return JSON.readValue(file.toFile(), JobRunRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The run record " + file + " cannot be read (" + e.getMessage()
          + "). It may have been edited by hand; move it away to continue.", e);
    }
  }
}
