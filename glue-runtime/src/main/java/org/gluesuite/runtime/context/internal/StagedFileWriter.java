package org.gluesuite.runtime.context.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.functions;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.runtime.context.ContextErrors;
import org.gluesuite.runtime.context.PartitionLayout;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.internal.CrashPoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a DataFrame so that nothing is visible until all of it is written: Spark writes into a hidden
 * staging folder under the target ({@code _glue_staging/<id>}, which readers skip because of the
 * leading underscore), then each partition folder is moved into place in the chosen layout.
 */
public final class StagedFileWriter {
  static final String STAGING_DIR = "_glue_staging";
  static final String TRASH_DIR = "_glue_trash";
  private static final Logger LOG = LoggerFactory.getLogger(StagedFileWriter.class);

  private final Configuration hadoopConf;

  public StagedFileWriter(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public Configuration hadoopConf() {
    return hadoopConf;
  }

  /** The result of moving one staged write into place. */
  public record Placement(long rows, List<List<String>> partitions, List<String> folders) {
  }

  /**
   * A write whose files are complete in its staging folder and not yet visible: the rows counted, and where each
   * staged folder goes. Data files are already named {@code part-<prefix>-NNNNN…}, the prefix being the same for
   * every attempt at the same bookmarked run, so an APPEND retry replaces the files of a failed attempt.
   */
  public static final class Staged {
    private final SinkOptions options;
    private final Path target;
    private final String writeId;
    private final String filePrefix;
    private final long rows;
    private final List<Placed> plan;

    private Staged(SinkOptions options, Path target, String writeId, String filePrefix, long rows, List<Placed> plan) {
      this.options = options;
      this.target = target;
      this.writeId = writeId;
      this.filePrefix = filePrefix;
      this.rows = rows;
      this.plan = List.copyOf(plan);
    }

    public SinkOptions options() {
      return options;
    }

    long rows() {
      return rows;
    }

    Path staging() {
      return new Path(new Path(target, STAGING_DIR), writeId);
    }

    Path trash() {
      return new Path(new Path(target, TRASH_DIR), writeId);
    }

    Path owner() {
      return new Path(new Path(target, STAGING_DIR), writeId + StagingRecovery.OWNER_SUFFIX);
    }

    Path journal() {
      return new Path(new Path(target, STAGING_DIR), writeId + StagingRecovery.JOURNAL_SUFFIX);
    }

    /** The partitions and folders this write will occupy once published. */
    public Placement placement(FileSystem fs) {
      List<List<String>> partitions = new ArrayList<>();
      List<String> folders = new ArrayList<>();
      for (Placed placed : plan) {
        if (!placed.values().isEmpty()) {
          partitions.add(placed.values());
        }
        folders.add(fs.makeQualified(placed.destination()).toString());
      }
      return new Placement(rows, partitions, folders);
    }
  }

  /** Stages and publishes at once: the write is visible when this returns. */
  public Placement write(Dataset<Row> data, SinkOptions options) {
    Staged staged = stage(data, options, UUID.randomUUID().toString().substring(0, 8), null);
    publish(List.of(staged));
    return staged.placement(fileSystem(staged.target, options.path()));
  }

  /**
   * Writes the data into a new staging folder under the target; nothing is visible yet. Writes of dead processes
   * left under the same target are repaired and removed first.
   */
  public Staged stage(Dataset<Row> data, SinkOptions options, String filePrefix, String runId) {
    List<String> columns = List.of(data.columns());
    List<String> missing = options.partitionKeys().stream().filter(k -> !columns.contains(k)).toList();
    if (!missing.isEmpty()) {
      throw ContextErrors.partitionKeysMissing(missing, columns);
    }
    Dataset<Row> prepared = data;
    for (String key : options.partitionKeys()) {
      prepared = prepared.withColumn(key, functions.col(key).cast("string"));
    }
    if (!options.partitionKeys().isEmpty()) {
      // Spread partitions over all cores: small daily data is otherwise coalesced into one writing task.
      int tasks = Math.max(1, data.sparkSession().sparkContext().defaultParallelism());
      prepared = prepared.repartition(tasks, options.partitionKeys().stream().map(functions::col)
          .toArray(org.apache.spark.sql.Column[]::new));
    }
    Observation observation = new Observation("glue_sink_" + UUID.randomUUID().toString().replace("-", ""));
    prepared = prepared.observe(observation, functions.count(functions.lit(1)).as("rows"));

    Path target = new Path(options.path());
    String writeId = UUID.randomUUID().toString();
    FileSystem fs = fileSystem(target, options.path());
    Staged empty = new Staged(options, target, writeId, filePrefix, 0, List.of());
    Path staging = empty.staging();
    try {
      StagingRecovery.recoverDeadWrites(fs, target);
      fs.mkdirs(staging.getParent());
      StagingRecovery.writeOwner(fs, empty.owner(), runId);
      // The staging folder is new and ours alone: a static overwrite needs no second staging by Spark.
      DataFrameWriter<Row> writer = prepared.write().mode(SaveMode.Overwrite)
          .option("partitionOverwriteMode", "static").format(sparkFormat(options.format()));
      if (options.format() == StorageFormat.CSV) {
        writer = writer.option("header", "true");
      }
      if (options.format() == StorageFormat.PARQUET) {
        writer = writer.option("compression", "snappy");
      }
      if (!options.partitionKeys().isEmpty()) {
        writer = writer.partitionBy(options.partitionKeys().toArray(new String[0]));
      }
      writer.save(staging.toString());
      CrashPoints.reached("mid-write");
      Map<String, Object> observed = observation.getAsJava();
      long rows = ((Number) observed.get("rows")).longValue();
      List<Placed> plan = options.partitionKeys().isEmpty()
          ? List.of(new Placed(staging, target, List.of(), new Path(empty.trash(), "0")))
          : planPartitions(fs, staging, target, options, empty.trash());
      for (Placed placed : plan) {
        nameFiles(fs, placed.staged(), filePrefix);
      }
      return new Staged(options, target, writeId, filePrefix, rows, plan);
    } catch (IOException | RuntimeException e) {
      discard(empty);
      if (e instanceof ContextErrors.InvalidOptionException invalid) {
        throw invalid;
      }
      throw ContextErrors.writeFailed(options.path(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discard(empty);
      throw ContextErrors.writeFailed(options.path(), e);
    }
  }

  /**
   * Moves staged writes into place, all or nothing: a journal is written first, every rename is logged, and a
   * failure moves everything of every write back. Staging and replaced data are removed once all are in place.
   */
  public void publish(List<Staged> writes) {
    MoveLog log = null;
    Staged current = null;
    try {
      for (Staged staged : writes) {
        current = staged;
        FileSystem fs = fileSystem(staged.target, staged.options.path());
        if (log == null) {
          log = new MoveLog(fs);
        }
        List<PublishJournal.Entry> entries = staged.plan.stream().map(p -> new PublishJournal.Entry(
            p.staged().toString(), p.destination().toString(), p.trashSlot().toString())).toList();
        new PublishJournal(staged.filePrefix, staged.options.writeMode(), entries).write(fs, staged.journal());
        for (Placed placed : staged.plan) {
          place(fs, log, placed, staged.options, staged.filePrefix);
          CrashPoints.reached("mid-publish");
        }
      }
    } catch (IOException | RuntimeException e) {
      String leftovers = log == null ? null : log.undo();
      writes.forEach(this::discard);
      String path = current == null ? "?" : current.options.path();
      throw leftovers == null ? ContextErrors.writeFailed(path, e)
          : ContextErrors.writeRollbackFailed(path, leftovers, e);
    }
    writes.forEach(this::discard);
  }

  /** Removes what a write left under its target (staging, put-aside data, owner and journal files). */
  public void discard(Staged staged) {
    FileSystem fs = fileSystem(staged.target, staged.options.path());
    deleteQuietly(fs, staged.staging());
    deleteQuietly(fs, staged.trash());
    deleteQuietly(fs, staged.journal());
    deleteQuietly(fs, staged.owner());
    removeIfEmpty(fs, new Path(staged.target, STAGING_DIR));
    removeIfEmpty(fs, new Path(staged.target, TRASH_DIR));
  }

  private FileSystem fileSystem(Path target, String path) {
    try {
      return target.getFileSystem(hadoopConf);
    } catch (IOException e) {
      throw ContextErrors.writeFailed(path, e);
    }
  }

  /** {@code part-<prefix>-}: the start of every data file a write with that prefix publishes. */
  static String filePrefix(String prefix) {
    return "part-" + prefix + "-";
  }

  /** Renames a staged folder's data files to {@code part-<prefix>-NNNNN<suffix>}, in Spark's order. */
  private static void nameFiles(FileSystem fs, Path folder, String prefix) throws IOException {
    List<String> names = new ArrayList<>();
    for (FileStatus file : fs.listStatus(folder)) {
      String name = file.getPath().getName();
      if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        names.add(name);
      }
    }
    java.util.Collections.sort(names);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int dot = name.indexOf('.');
      String suffix = dot < 0 ? "" : name.substring(dot);
      Path renamed = new Path(folder, String.format("%s%05d%s", filePrefix(prefix), i, suffix));
      if (!fs.rename(new Path(folder, name), renamed)) {
        throw new IOException("could not rename staged file " + name + " in " + folder);
      }
    }
  }

  /** A staged folder, where its data goes, and its partition values (none when unpartitioned). */
  private record Placed(Path staged, Path destination, List<String> values, Path trashSlot) {
  }

  /** Every staged partition and its destination, validated before anything moves. */
  private static List<Placed> planPartitions(FileSystem fs, Path staging, Path target, SinkOptions options,
      Path trash) throws IOException {
    List<Path> leaves = new ArrayList<>();
    collectLeaves(fs, staging, options.partitionKeys().size(), leaves);
    List<Placed> plan = new ArrayList<>();
    for (Path leaf : leaves) {
      List<String> values = valuesOf(staging, leaf, options.partitionKeys());
      plan.add(new Placed(leaf, destination(target, leaf, staging, values, options), values,
          new Path(trash, String.valueOf(plan.size()))));
    }
    return plan;
  }

  /**
   * Moves one staged folder into place: with OVERWRITE_PARTITIONS what was there goes to the trash first; with APPEND
   * the new files join the existing ones, after files of a failed attempt at the same run (same prefix) are put
   * aside, so a retry never adds the same rows twice. Every rename goes through the log.
   */
  private static void place(FileSystem fs, MoveLog log, Placed placed, SinkOptions options, String prefix)
      throws IOException {
    Path destination = placed.destination();
    Path trashSlot = placed.trashSlot();
    boolean unpartitioned = placed.values().isEmpty();
    if (options.writeMode() == WriteMode.OVERWRITE_PARTITIONS) {
      if (unpartitioned) {
        for (FileStatus existing : visibleChildren(fs, destination)) {
          fs.mkdirs(trashSlot);
          log.move(existing.getPath(), new Path(trashSlot, existing.getPath().getName()));
        }
      } else if (fs.exists(destination)) {
        fs.mkdirs(trashSlot.getParent());
        log.move(destination, trashSlot);
      }
    } else {
      for (FileStatus existing : visibleChildren(fs, destination)) {
        if (existing.isFile() && existing.getPath().getName().startsWith(filePrefix(prefix))) {
          fs.mkdirs(trashSlot);
          log.move(existing.getPath(), new Path(trashSlot, existing.getPath().getName()));
        }
      }
    }
    if (unpartitioned || fs.exists(destination)) {
      fs.mkdirs(destination);
      for (FileStatus file : fs.listStatus(placed.staged())) {
        String name = file.getPath().getName();
        if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          log.move(file.getPath(), new Path(destination, name));
        }
      }
    } else {
      fs.mkdirs(destination.getParent());
      log.move(placed.staged(), destination);
    }
  }

  private static Path destination(Path target, Path leaf, Path staging, List<String> values, SinkOptions options) {
    if (options.layout() == PartitionLayout.KEY_VALUE) {
      String relative = leaf.toUri().getPath().substring(staging.toUri().getPath().length() + 1);
      return new Path(target, relative);
    }
    Path destination = target;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isEmpty() || value.contains("/") || value.contains("\\") || value.contains("=")
          || value.startsWith(".") || value.startsWith("_")) {
        throw ContextErrors.unsafePartitionValue(options.partitionKeys().get(i), value);
      }
      destination = new Path(destination, value);
    }
    return destination;
  }

  private static List<String> valuesOf(Path staging, Path leaf, List<String> keys) {
    List<String> values = new ArrayList<>(keys.size());
    Path current = leaf;
    List<String> reversed = new ArrayList<>();
    while (current != null && !current.equals(staging) && reversed.size() < keys.size()) {
      reversed.add(0, current.getName());
      current = current.getParent();
    }
    for (int i = 0; i < keys.size(); i++) {
      String segment = reversed.get(i);
      String prefix = keys.get(i) + "=";
      if (!segment.startsWith(prefix)) {
        throw new IllegalStateException("Unexpected staged folder " + leaf + " for partition keys " + keys);
      }
      values.add(ExternalCatalogUtils.unescapePathName(segment.substring(prefix.length())));
    }
    return values;
  }

  private static void collectLeaves(FileSystem fs, Path folder, int depth, List<Path> leaves) throws IOException {
    if (depth == 0) {
      leaves.add(folder);
      return;
    }
    for (FileStatus child : fs.listStatus(folder)) {
      if (child.isDirectory() && child.getPath().getName().contains("=")) {
        collectLeaves(fs, child.getPath(), depth - 1, leaves);
      }
    }
  }

  private static List<FileStatus> visibleChildren(FileSystem fs, Path folder) throws IOException {
    if (!fs.exists(folder)) {
      return List.of();
    }
    List<FileStatus> visible = new ArrayList<>();
    for (FileStatus child : fs.listStatus(folder)) {
      String name = child.getPath().getName();
      if (!name.startsWith("_") && !name.startsWith(".")) {
        visible.add(child);
      }
    }
    return visible;
  }

  private static void deleteQuietly(FileSystem fs, Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      // The data is already in place; leftover staging is hidden from readers (leading underscore).
      LOG.warn("Could not remove staging folder {}: {}", path, e.getMessage());
    }
  }

  /** Best effort: another writer may be staging into the same folder right now. */
  private static void removeIfEmpty(FileSystem fs, Path folder) {
    try {
      if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
        fs.delete(folder, false);
      }
    } catch (IOException e) {
      LOG.debug("Left {} in place: {}", folder, e.getMessage());
    }
  }

  private static String sparkFormat(StorageFormat format) {
    return format.classification();
  }

}
