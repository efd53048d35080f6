package org.gluesuite.runtime.context;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a DataFrame so that nothing is visible until all of it is written: Spark writes into a hidden
 * staging folder under the target ({@code _glue_staging/<id>}, which readers skip because of the
 * leading underscore), then each partition folder is moved into place in the chosen layout.
 */
final class StagedFileWriter {
  static final String STAGING_DIR = "_glue_staging";
  static final String TRASH_DIR = "_glue_trash";
  private static final Logger LOG = LoggerFactory.getLogger(StagedFileWriter.class);

  private final Configuration hadoopConf;

  StagedFileWriter(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  /** The result of moving one staged write into place. */
  record Placement(long rows, List<List<String>> partitions, List<String> folders) {
  }

  Placement write(Dataset<Row> data, SinkOptions options) {
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
    Path staging = new Path(new Path(target, STAGING_DIR), writeId);
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      try {
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
      } catch (RuntimeException e) {
        deleteQuietly(fs, staging);
        removeIfEmpty(fs, new Path(target, STAGING_DIR));
        throw ContextErrors.writeFailed(options.path(), e);
      }
      Map<String, Object> observed = observation.getAsJava();
      long rows = ((Number) observed.get("rows")).longValue();
      Path trash = new Path(new Path(target, TRASH_DIR), writeId);
      List<Placed> plan;
      MoveLog log = new MoveLog(fs);
      try {
        plan = options.partitionKeys().isEmpty()
            ? List.of(new Placed(staging, target, List.of()))
            : planPartitions(fs, staging, target, options);
        for (int i = 0; i < plan.size(); i++) {
          place(fs, log, plan.get(i), options, new Path(trash, String.valueOf(i)));
        }
      } catch (IOException | RuntimeException e) {
        String leftovers = log.undo();
        deleteQuietly(fs, staging);
        removeIfEmpty(fs, new Path(target, STAGING_DIR));
        removeIfEmpty(fs, new Path(target, TRASH_DIR));
        if (e instanceof ContextErrors.InvalidOptionException invalid) {
          throw invalid;
        }
        throw leftovers == null ? ContextErrors.writeFailed(options.path(), e)
            : ContextErrors.writeRollbackFailed(options.path(), leftovers, e);
      }
      deleteQuietly(fs, staging);
      deleteQuietly(fs, trash);
      removeIfEmpty(fs, new Path(target, STAGING_DIR));
      removeIfEmpty(fs, new Path(target, TRASH_DIR));
      List<List<String>> partitions = new ArrayList<>();
      List<String> folders = new ArrayList<>();
      for (Placed placed : plan) {
        if (!placed.values().isEmpty()) {
          partitions.add(placed.values());
        }
        folders.add(fs.makeQualified(placed.destination()).toString());
      }
      return new Placement(rows, partitions, folders);
    } catch (IOException e) {
      throw ContextErrors.writeFailed(options.path(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ContextErrors.writeFailed(options.path(), e);
    }
  }

  /** A staged folder, where its data goes, and its partition values (none when unpartitioned). */
  private record Placed(Path staged, Path destination, List<String> values) {
  }

  /** Every staged partition and its destination, validated before anything moves. */
  private static List<Placed> planPartitions(FileSystem fs, Path staging, Path target, SinkOptions options)
      throws IOException {
    List<Path> leaves = new ArrayList<>();
    collectLeaves(fs, staging, options.partitionKeys().size(), leaves);
    List<Placed> plan = new ArrayList<>();
    for (Path leaf : leaves) {
      List<String> values = valuesOf(staging, leaf, options.partitionKeys());
      plan.add(new Placed(leaf, destination(target, leaf, staging, values, options), values));
    }
    return plan;
  }

  /**
   * Moves one staged folder into place: with OVERWRITE_PARTITIONS what was there goes to the trash first;
   * otherwise the new files join the existing ones. Every rename goes through the log.
   */
  private static void place(FileSystem fs, MoveLog log, Placed placed, SinkOptions options, Path trashSlot)
      throws IOException {
    Path destination = placed.destination();
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
