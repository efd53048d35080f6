package org.gluesuite.glue

import org.apache.spark.sql.DataFrame
import org.gluesuite.runtime.bookmark.BookmarkBand

/** Glue's `DataSource`: a read that `getDynamicFrame()` runs. */
trait DataSource {
  def glueContext: GlueContext

  /** Reads the source. Inside `Job.init` … `Job.commit`, the run's bookmark decides what is read. */
  def getDynamicFrame(): DynamicFrame

  /** Glue's partition hints; reads here are always grouped into a bounded number of tasks. */
  def getDynamicFrame(minPartitions: Int, targetPartitions: Int): DynamicFrame = getDynamicFrame()

  /** The source read as a DataFrame (choice columns as structs). */
  def getDataFrame(): DataFrame = getDynamicFrame().toDF()
}

/** A Data Catalog table (`getCatalogSource`); the read is made when the frame is asked for. */
private[glue] final class CatalogDataSource(val glueContext: GlueContext, database: String, tableName: String,
    transformationContext: String, pushDownPredicate: String, catalogPartitionPredicate: Option[String],
    band: Option[BookmarkBand]) extends DataSource {

  override def getDynamicFrame(): DynamicFrame = {
    var source = glueContext.suite.getCatalogSource(database, tableName)
    if (pushDownPredicate != null && pushDownPredicate.trim.nonEmpty) {
      source = source.pushDownPredicate(pushDownPredicate)
    }
    catalogPartitionPredicate.foreach(p => source = source.catalogPartitionPredicate(p))
    band.foreach(b => source = source.bookmarkBand(b))
    if (transformationContext.nonEmpty) {
      source = source.transformationContext(transformationContext)
    }
    new DynamicFrame(source.getFrame(), glueContext)
  }
}

/** Files by path (`getSourceWithFormat` with connection type s3); options were checked when it was made. */
private[glue] final class FileDataSource(val glueContext: GlueContext, format: String,
    connectionOptions: java.util.Map[String, String], formatOptions: java.util.Map[String, String],
    transformationContext: String) extends DataSource {

  override def getDynamicFrame(): DynamicFrame = {
    var source = glueContext.suite.getSourceWithFormat(format, connectionOptions, formatOptions)
    if (transformationContext.nonEmpty) {
      source = source.transformationContext(transformationContext)
    }
    new DynamicFrame(source.getFrame(), glueContext)
  }
}
