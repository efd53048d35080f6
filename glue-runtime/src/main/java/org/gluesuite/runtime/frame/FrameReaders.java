package org.gluesuite.runtime.frame;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.runtime.frame.internal.ErrorHistory;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordPipeline;
import org.gluesuite.runtime.frame.read.CsvRecordReader;
import org.gluesuite.runtime.frame.read.JsonRecordReader;
import org.gluesuite.runtime.frame.read.SourceFile;
import org.gluesuite.runtime.frame.read.SourceFiles;

/**
 * Reads self-describing files into GlueFrames. Paths are files or folders (recursed; {@code _x} and {@code .x}
 * are skipped), local or any Hadoop URI; {@code .gz}/{@code .bz2} files are decompressed by extension.
 *
 * <p>Files are listed on the driver, sorted, grouped into at most {@code defaultParallelism} contiguous groups and
 * read inside executor tasks, so every record knows its file and line. Only per-partition schemas come back to the
 * driver. Columns are ordered by first appearance (files in path order, then lines), so reading the same data twice
 * gives the same frame. Malformed records become error records of the step {@code read_json}/{@code read_csv}.
 */
public final class FrameReaders {
  private FrameReaders() {
  }

  public static GlueFrame json(SparkSession spark, List<String> paths, JsonReadOptions read) {
    return json(spark, paths, read, TransformOptions.DEFAULT);
  }

  /** Reads JSON; {@code options} carries the read step's context and error thresholds. */
  public static GlueFrame json(SparkSession spark, List<String> paths, JsonReadOptions read,
      TransformOptions options) {
    return json(spark, paths, read, options, FileColumns.NONE);
  }

  /** Reads JSON, adding {@code fileColumns}' values (e.g. partition values) to every record of each file. */
  public static GlueFrame json(SparkSession spark, List<String> paths, JsonReadOptions read,
      TransformOptions options, FileColumns fileColumns) {
    JsonRecordReader reader = new JsonRecordReader(read, options);
    return read(spark, paths, reader::read, JsonRecordReader.TRANSFORMATION, options, fileColumns);
  }

  public static GlueFrame csv(SparkSession spark, List<String> paths, CsvReadOptions read) {
    return csv(spark, paths, read, TransformOptions.DEFAULT);
  }

  /** Reads CSV; {@code options} carries the read step's context and error thresholds. */
  public static GlueFrame csv(SparkSession spark, List<String> paths, CsvReadOptions read,
      TransformOptions options) {
    return csv(spark, paths, read, options, FileColumns.NONE);
  }

  /**
   * Reads CSV, adding {@code fileColumns}' values (e.g. partition values) to every record of each file. The frame is
   * built when first used; a first step that needs no inferred schema ({@code applyMapping} to declared columns)
   * reads the files once instead (see {@link DeferredCsvRead}).
   */
  public static GlueFrame csv(SparkSession spark, List<String> paths, CsvReadOptions read,
      TransformOptions options, FileColumns fileColumns) {
    CsvRecordReader reader = new CsvRecordReader(read, options);
    Listed listed = list(spark, paths);
    JavaRDD<Parsed> outcomes = listed.outcomes(reader::read, fileColumns);
    return GlueFrame.deferred(new DeferredCsvRead(spark, outcomes, listed.groups(), listed.conf(), read, reader,
        options, fileColumns), String.join(",", paths));
  }

  /** Reads one file inside a task. */
  @FunctionalInterface
  private interface FileReader extends Serializable {
    Iterator<Parsed> read(SourceFile file, Configuration conf);
  }

  private static GlueFrame read(SparkSession spark, List<String> paths, FileReader reader, String transformation,
      TransformOptions options, FileColumns fileColumns) {
    JavaRDD<Parsed> outcomes = list(spark, paths).outcomes(reader, fileColumns);
    RecordPipeline.Built built = RecordPipeline.build(spark, outcomes, new GlueType.StructType(List.of()),
        ErrorHistory.EMPTY, transformation, options, RecordPipeline.Passes.RECOMPUTE);
    return GlueFrame.fromParts(built.data(), built.schema(), String.join(",", paths), built.errors());
  }

  /** The files of a read, listed on the driver and grouped into tasks, and the configuration their tasks open them with. */
  private record Listed(JavaSparkContext jsc, List<List<SourceFile>> groups, Broadcast<SerializableConfiguration> conf) {
    JavaRDD<Parsed> outcomes(FileReader reader, FileColumns fileColumns) {
      Broadcast<SerializableConfiguration> shipped = conf;
      return jsc.parallelize(groups, Math.max(1, groups.size()))
          .flatMap(group -> new GroupIterator(group, reader, shipped, fileColumns));
    }
  }

  private static Listed list(SparkSession spark, List<String> paths) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<SourceFile> files = SourceFiles.list(paths, hadoop);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Broadcast once per read (as Spark's file scans do) rather than shipped inside every task: ~100 KB of
    // configuration deserialized per task is a fixed cost small incremental reads notice.
    return new Listed(jsc, SourceFiles.group(files, jsc.defaultParallelism()), jsc.broadcast(shipped(hadoop)));
  }

  /**
   * The configuration as broadcast to executors: Spark's own wrapper, which keeps it under Kryo too (broadcasts are
   * serialized with {@code spark.serializer}, which a job may set to Kryo).
   */
  static SerializableConfiguration shipped(Configuration hadoop) {
    return new SerializableConfiguration(hadoop);
  }

  /** The records of a group's files, one file after the other, each opened only when reached. */
  private static final class GroupIterator implements Iterator<Parsed> {
    private final Iterator<SourceFile> files;
    private final FileReader reader;
    private final Broadcast<SerializableConfiguration> conf;
    private final FileColumns fileColumns;
    private Iterator<Parsed> current = java.util.Collections.emptyIterator();
    private java.util.Map<String, String> currentColumns = java.util.Map.of();

    GroupIterator(List<SourceFile> files, FileReader reader, Broadcast<SerializableConfiguration> conf,
        FileColumns fileColumns) {
      this.files = files.iterator();
      this.reader = reader;
      this.conf = conf;
      this.fileColumns = fileColumns;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && files.hasNext()) {
        SourceFile file = files.next();
        currentColumns = fileColumns.forFile(file.path());
        current = reader.read(file, conf.value().value());
      }
      return current.hasNext();
    }

    @Override
    public Parsed next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Parsed parsed = current.next();
      if (parsed.isError() || currentColumns.isEmpty()) {
        return parsed;
      }
      java.util.Map<String, Object> record = new java.util.LinkedHashMap<>(parsed.record());
      record.putAll(currentColumns);
      return Parsed.record(record);
    }
  }
}
