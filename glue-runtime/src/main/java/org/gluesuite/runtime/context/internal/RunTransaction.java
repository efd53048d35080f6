package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.runtime.bookmark.internal.SourceTracker;
import org.gluesuite.runtime.context.ContextErrors;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.WriteSummary;
import org.gluesuite.runtime.frame.GlueFrame;

/**
 * What one job run reads and writes between {@code Job.init} and {@code Job.commit}. Sources ask
 * {@link #sources()} which files to read (the job bookmark) and report the frames they made (for error records);
 * sinks stage their data here instead of publishing it. At commit the launcher calls {@link #publishData()} (every
 * staged partition moved into place, all or nothing), then {@link #updateCatalog()}, then commits the bookmark. A
 * failed run calls {@link #abort()}: nothing it wrote becomes visible.
 */
public final class RunTransaction {
  private final String runId;
  private final SourceTracker sources;
  private final String filePrefix;
  private final List<PendingWrite> writes = new ArrayList<>();
  private final List<SourceRead> reads = new ArrayList<>();
  private final List<GlueFrame> written = new ArrayList<>();
  private final List<WriteSummary> summaries = new ArrayList<>();
  private boolean published;

  /** A frame a source produced, under the name its error records are filed by. */
  public record SourceRead(String name, GlueFrame frame) {
  }

  private record PendingWrite(StagedFileWriter writer, StagedFileWriter.Staged staged, StructType schema,
      DataCatalog catalog) {
  }

  private RunTransaction(String runId, SourceTracker sources, String filePrefix) {
    this.runId = Objects.requireNonNull(runId, "runId");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.filePrefix = filePrefix;
  }

  /**
   * @param idempotencyToken names output files the same way for every attempt at one bookmarked run (see
   *     {@code JobBookmarkRun.idempotencyToken()}); null names them after the run id
   */
  public static RunTransaction create(String runId, SourceTracker sources, String idempotencyToken) {
    String prefix = idempotencyToken != null ? idempotencyToken
        : runId.replaceFirst("^jr_", "").substring(0, Math.min(16, runId.replaceFirst("^jr_", "").length()));
    return new RunTransaction(runId, sources, prefix.replaceAll("[^A-Za-z0-9_]", "_"));
  }

  public String runId() {
    return runId;
  }

  public SourceTracker sources() {
    return sources;
  }

  public synchronized String nextFilePrefix() {
    return filePrefix + "-w" + writes.size();
  }

  public synchronized void add(StagedFileWriter writer, StagedFileWriter.Staged staged, StructType schema,
      DataCatalog catalog) {
    if (published) {
      throw new IllegalStateException("This run has already committed; its sinks cannot write any more.");
    }
    writes.add(new PendingWrite(writer, staged, schema, catalog));
  }

  public synchronized void sourceRead(String name, GlueFrame frame) {
    reads.add(new SourceRead(name, frame));
  }

  /** A frame a sink wrote this run: the error records of its later steps (map, filter, ...) are filed too. */
  public synchronized void frameWritten(GlueFrame frame) {
    written.add(frame);
  }

  /** The frames sinks wrote this run, in order. */
  public synchronized List<GlueFrame> writtenFrames() {
    return List.copyOf(written);
  }

  /** The frames sources made this run, in order. */
  public synchronized List<SourceRead> sourceReads() {
    return List.copyOf(reads);
  }

  /** True if a sink staged data this run. */
  public synchronized boolean hasWrites() {
    return !writes.isEmpty();
  }

  /** Moves every staged write into place, all or nothing; nothing of a failed publish stays visible. */
  public synchronized void publishData() {
    published = true;
    if (writes.isEmpty()) {
      return;
    }
    writes.get(0).writer().publish(writes.stream().map(PendingWrite::staged).toList());
  }

  /** After the data is in place: the catalog updates of sinks with {@code enableUpdateCatalog}, in write order. */
  public synchronized void updateCatalog() {
    for (PendingWrite write : writes) {
      SinkOptions options = write.staged().options();
      StagedFileWriter.Placement placement = write.staged().placement(fileSystem(write));
      WriteSummary.CatalogChange change = options.enableUpdateCatalog()
          ? new CatalogUpdater(write.catalog()).apply(options, write.schema(), placement)
          : WriteSummary.CatalogChange.NONE;
      summaries.add(new WriteSummary(options.path(), placement.rows(), placement.partitions(), placement.folders(),
          change));
    }
  }

  /**
   * What this run's sinks wrote, in write order, once {@link #updateCatalog()} has put it in place and in the
   * catalog; empty before that, and for a run that failed earlier (nothing of it became visible).
   */
  public synchronized List<WriteSummary> writeSummaries() {
    return List.copyOf(summaries);
  }

  /** Drops every staged write (the run failed). */
  public synchronized void abort() {
    for (PendingWrite write : writes) {
      write.writer().discard(write.staged());
    }
    writes.clear();
  }

  private static org.apache.hadoop.fs.FileSystem fileSystem(PendingWrite write) {
    try {
      return new org.apache.hadoop.fs.Path(write.staged().options().path())
          .getFileSystem(write.writer().hadoopConf());
    } catch (java.io.IOException e) {
      throw ContextErrors.writeFailed(write.staged().options().path(), e);
    }
  }
}
