package org.gluesuite.glue.internal

import org.gluesuite.glue.{DataSink, GlueContext, UnsupportedGlueOptionException}
import org.gluesuite.glue.util.JsonOptions

/** `getJDBCSink`: a table of the database a Data Catalog JDBC connection points to. */
private[glue] object JdbcSinks {
  def sink(glueContext: GlueContext, catalogConnection: String, options: JsonOptions): DataSink =
    throw new UnsupportedGlueOptionException(s"getJDBCSink: not available yet ($catalogConnection).")
}
