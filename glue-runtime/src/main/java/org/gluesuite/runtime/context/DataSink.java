package org.gluesuite.runtime.context;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.WriteTarget;
import org.gluesuite.runtime.context.internal.CatalogUpdater;
import org.gluesuite.runtime.context.internal.RunTransaction;
import org.gluesuite.runtime.context.internal.StagedFileWriter;
import org.gluesuite.runtime.frame.GlueFrame;

/**
 * A file sink, like the one Glue's {@code getSinkWithFormat} returns: stage the data, move it into
 * place, then (with {@code enableUpdateCatalog}) update the catalog.
 */
public final class DataSink {
  private final SparkSession spark;
  private final DataCatalog catalog;
  private final AccessPolicy access;
  private final SinkOptions options;
  private final RunTransaction run;

  DataSink(SparkSession spark, DataCatalog catalog, AccessPolicy access, SinkOptions options, RunTransaction run) {
    this.spark = spark;
    this.catalog = catalog;
    this.access = access;
    this.options = options;
    this.run = run;
  }

  public SinkOptions options() {
    return options;
  }

  /**
   * Glue's {@code writeDynamicFrame}: writes the frame's records (choice columns as their struct form;
   * resolve choices first to write plain columns). Error records are not written here; inside a job run, the
   * launcher files those of the frame's steps when the run commits ({@link #writeDataFrame} of {@code frame.toDF()}
   * carries no error records, so only the reads' are filed then).
   */
  public WriteSummary writeFrame(GlueFrame frame) {
    frame.assertErrorThreshold();   // writing is the frame's action: Glue's error thresholds hold here
    WriteSummary summary = writeDataFrame(frame.toDF());
    if (run != null) {
      run.frameWritten(frame);
    }
    return summary;
  }

  /**
   * Writes the DataFrame; returns what was written. Nothing is visible to readers if this throws. Inside a job run
   * the data is staged now and published when the job commits (the summary's catalog change is then
   * {@code PENDING}); used directly, the data is in place (and the catalog updated) when this returns.
   */
  public WriteSummary writeDataFrame(Dataset<Row> data) {
    access.authorizeWrite(options.enableUpdateCatalog()
        ? new WriteTarget(options.path(), options.catalogDatabase(), options.catalogTable(),
            options.updateBehavior() == UpdateBehavior.UPDATE_IN_DATABASE)
        : WriteTarget.path(options.path()));
    StagedFileWriter writer = new StagedFileWriter(spark.sparkContext().hadoopConfiguration());
    if (run != null) {
      StagedFileWriter.Staged staged = writer.stage(data, options, run.nextFilePrefix(), run.runId());
      run.add(writer, staged, data.schema(), catalog);
      StagedFileWriter.Placement planned = staged.placement(fileSystem());
      return new WriteSummary(options.path(), planned.rows(), planned.partitions(), planned.folders(),
          options.enableUpdateCatalog() ? WriteSummary.CatalogChange.PENDING : WriteSummary.CatalogChange.NONE);
    }
    StagedFileWriter.Placement placement = writer.write(data, options);
    WriteSummary.CatalogChange change = options.enableUpdateCatalog()
        ? new CatalogUpdater(catalog).apply(options, data.schema(), placement)
        : WriteSummary.CatalogChange.NONE;
    return new WriteSummary(options.path(), placement.rows(), placement.partitions(), placement.folders(), change);
  }

  private org.apache.hadoop.fs.FileSystem fileSystem() {
    try {
      return new org.apache.hadoop.fs.Path(options.path()).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (java.io.IOException e) {
      throw ContextErrors.writeFailed(options.path(), e);
    }
  }
}
