package org.gluesuite.dq;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.gluesuite.common.store.RecordFolder;
import org.gluesuite.common.store.SealedJson;
import org.gluesuite.dq.internal.ResultDocuments;

/**
 * The history of data quality results in a workspace ({@code workspace/dq}): one sealed JSON file per result (format
 * version and checksum, as run records), {@code tables/<database>.<table>/<result id>.json} for results about a
 * table, {@code contexts/<evaluation context>/<result id>.json} for the others. Each file is replaced atomically; a
 * damaged one is reported, never guessed at.
 */
public final class DataQualityResultStore {
  private static final SealedJson DOCUMENT = SealedJson.of("DataQualityResult");
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,254}");
  private final Path root;

  public DataQualityResultStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Saves {@code result}; returns its file. */
  public Path save(DataQualityResult result) {
    Path folder = result.tableName() != null ? tableFolder(result.databaseName(), result.tableName())
        : root.resolve("contexts").resolve(safe(result.evaluationContext(), "evaluation context"));
    Path target = folder.resolve(safe(result.resultId(), "result id") + ".json");
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + result.resultId(), ".tmp");
      Files.write(temp, DOCUMENT.seal(ResultDocuments.toJson(result)));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the data quality result " + target + ": " + e.getMessage(), e);
    }
  }

  /** The results about {@code database.table}, newest first. */
  public List<DataQualityResult> forTable(String database, String table) {
    RecordFolder folder = new RecordFolder(tableFolder(database, table), "data quality result");
    List<DataQualityResult> results = new ArrayList<>();
    for (Path file : folder.files()) {
      results.add(read(file, folder.bytesOf(file)));
    }
    results.sort(Comparator.comparing(DataQualityResult::startedOn).thenComparing(DataQualityResult::resultId)
        .reversed());
    return results;
  }

  private DataQualityResult read(Path file, byte[] bytes) {
    JsonNode body = DOCUMENT.open(bytes, (why, cause) -> DataQualityErrors.corruptResult(file, why, cause));
    try {
      return ResultDocuments.fromJson(body);
    } catch (IllegalArgumentException e) {
      throw DataQualityErrors.corruptResult(file, e.getMessage(), e);
    }
  }

  private Path tableFolder(String database, String table) {
    return root.resolve("tables").resolve(safe(database, "database") + "." + safe(table, "table"));
  }

  private static String safe(String name, String what) {
    if (name == null || !SAFE.matcher(name).matches()) {
      throw DataQualityErrors.unsafeName(what, name);
    }
    return name;
  }
}
