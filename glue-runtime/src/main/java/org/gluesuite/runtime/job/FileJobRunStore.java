package org.gluesuite.runtime.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gluesuite.common.store.RecordFolder;

/**
 * Keeps run records as JSON files, {@code <root>/<job>/<runId>.json}, each replaced atomically (write
 * a temporary file, then rename), so a reader or a crash never leaves a half-written record. Each file carries a
 * format version and a checksum ({@link RunRecordDocument}): a damaged one is reported, never guessed at.
 */
public final class FileJobRunStore implements JobRunStore {
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
      Files.write(temp, RunRecordDocument.write(record));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the run record " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<JobRunRecord> find(String jobName, String runId) {
    Path file = folderOf(jobName).resolve(runId + ".json");
    return Files.exists(file) ? Optional.of(parse(jobName, file, records(jobName).bytesOf(file))) : Optional.empty();
  }

  @Override
  public List<JobRunRecord> list(String jobName) {
    RecordFolder folder = records(jobName);
    List<JobRunRecord> records = new ArrayList<>(folder.files().stream()
        .map(f -> parse(jobName, f, folder.bytesOf(f))).toList());
    records.sort(Comparator.comparing(JobRunRecord::startedOn).reversed());
    return records;
  }

  /**
   * The repair for corrupt run records: renames each record file of the job that fails its checks to
   * {@code <file>.corrupt-<epoch millis>} (kept for inspection, no longer read). Returns the files moved.
   */
  public List<Path> quarantineCorrupt(String jobName) {
    return records(jobName).quarantineCorrupt(CorruptRunRecordException.class,
        (file, bytes) -> parse(jobName, file, bytes));
  }

  private RecordFolder records(String jobName) {
    return new RecordFolder(folderOf(jobName), "run record");
  }

  /** The job's folder; job names and run ids become file names, so they may not leave the store's folder. */
  private Path folderOf(String jobName) {
    if (jobName == null || !SAFE_NAME.matcher(jobName).matches()) {
      throw JobErrors.invalidJobName(jobName);
    }
    return root.resolve(jobName);
  }

  private static JobRunRecord parse(String jobName, Path file, byte[] bytes) {
    String name = file.getFileName().toString();
    return RunRecordDocument.read(jobName, name.substring(0, name.length() - ".json".length()), file, bytes);
  }
}
