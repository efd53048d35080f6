package org.gluesuite.runtime.context;

import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.WriteTarget;
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
  private final Consumer<WriteSummary> onWrite;

  DataSink(SparkSession spark, DataCatalog catalog, AccessPolicy access, SinkOptions options,
      Consumer<WriteSummary> onWrite) {
    this.spark = spark;
    this.catalog = catalog;
    this.access = access;
    this.options = options;
    this.onWrite = onWrite;
  }

  public SinkOptions options() {
    return options;
  }

  /**
   * Glue's {@code writeDynamicFrame}: writes the frame's records (choice columns as their struct form;
   * resolve choices first to write plain columns). Error records are not written here.
   */
  public WriteSummary writeFrame(GlueFrame frame) {
    return writeDataFrame(frame.toDF());
  }

  /** Writes the DataFrame; returns what was written. Nothing is visible to readers if this throws. */
  public WriteSummary writeDataFrame(Dataset<Row> data) {
    access.authorizeWrite(options.enableUpdateCatalog()
        ? new WriteTarget(options.path(), options.catalogDatabase(), options.catalogTable(),
            options.updateBehavior() == UpdateBehavior.UPDATE_IN_DATABASE)
        : WriteTarget.path(options.path()));
    StagedFileWriter.Placement placement =
        new StagedFileWriter(spark.sparkContext().hadoopConfiguration()).write(data, options);
    WriteSummary.CatalogChange change = options.enableUpdateCatalog()
        ? new CatalogUpdater(catalog).apply(options, data.schema(), placement)
        : WriteSummary.CatalogChange.NONE;
    WriteSummary summary = new WriteSummary(options.path(), placement.rows(), placement.partitions(),
        placement.folders(), change);
    onWrite.accept(summary);
    return summary;
  }
}
