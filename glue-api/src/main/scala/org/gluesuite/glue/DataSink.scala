package org.gluesuite.glue

import org.gluesuite.glue.util.{CallSite, JsonOptions}
import org.gluesuite.runtime.context.WriteMode

/**
 * Glue's `DataSink`: where `writeDynamicFrame` writes. Inside `Job.init` … `Job.commit` the data is staged and
 * published at commit; outside a job run it is in place when the call returns.
 */
abstract class DataSink {
  /** Writes the frame's records (choice columns as structs: resolve them first) and returns the frame. */
  def writeDynamicFrame(frame: DynamicFrame, callSite: CallSite = CallSite("Not provided", "")): DynamicFrame

  /** The table `enableUpdateCatalog` creates or updates (Glue's `setCatalogInfo`). */
  def setCatalogInfo(catalogDatabase: String, catalogTableName: String, catalogId: String = ""): Unit =
    throw new UnsupportedGlueOptionException(
      s"setCatalogInfo is for file sinks (getSinkWithFormat); this sink writes to a fixed place.")
}

/** Files under a path (`getSinkWithFormat` with connection type s3). */
private[glue] final class FileDataSink(glueContext: GlueContext, options: JsonOptions, format: String)
  extends DataSink {
  @volatile private var catalogTable: Option[(String, String)] = None

  override def writeDynamicFrame(frame: DynamicFrame, callSite: CallSite): DynamicFrame = {
    val connection = options.toStringMap
    catalogTable.foreach { case (db, table) =>
      connection.put("database", db)
      connection.put("tableName", table)
    }
    glueContext.suite.getSinkWithFormat(format, connection).writeFrame(frame.frame)
    frame
  }

  override def setCatalogInfo(catalogDatabase: String, catalogTableName: String, catalogId: String): Unit = {
    glueContext.requireOwnCatalog("setCatalogInfo", catalogId)
    catalogTable = Some((catalogDatabase, catalogTableName))
  }
}

/** A Data Catalog table's location, format and partition keys (`getCatalogSink`). */
private[glue] final class CatalogDataSink(glueContext: GlueContext, database: String, tableName: String,
    enableUpdateCatalog: Boolean) extends DataSink {

  override def writeDynamicFrame(frame: DynamicFrame, callSite: CallSite): DynamicFrame = {
    glueContext.suite.getCatalogSink(database, tableName, WriteMode.APPEND, enableUpdateCatalog)
      .writeFrame(frame.frame)
    frame
  }
}
