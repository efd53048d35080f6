package org.gluesuite.glue.internal

import java.util.Properties
import java.util.regex.Pattern

import scala.collection.JavaConverters._

import org.apache.spark.sql.SaveMode
import org.apache.spark.sql.types.{ArrayType, MapType, StructType}
import org.gluesuite.catalog.Connection
import org.gluesuite.glue.{DataSink, DynamicFrame, GlueContext, JdbcConnectionException}
import org.gluesuite.glue.util.{CallSite, JsonOptions}
import org.gluesuite.runtime.frame.FrameErrors

/**
 * `getJDBCSink`: a table of the database a Data Catalog JDBC connection points to, written with Spark's JDBC
 * writer (the table is created when missing, rows are appended). The write happens when `writeDynamicFrame` is
 * called, also inside a job run: a database is not staged with the run's files.
 */
private[glue] object JdbcSinks {
  /** `jdbc:<driver>://host[:port]/<database>[...]`: the part `database` replaces. */
  private val DatabaseInUrl = Pattern.compile("^(jdbc:[^:]+://[^/]+/)([^/?;]*)(.*)$")

  def sink(glueContext: GlueContext, catalogConnection: String, options: JsonOptions): DataSink = {
    val table = options.getOption("dbtable").filter(_.trim.nonEmpty).getOrElse(
      throw new JdbcConnectionException(s"getJDBCSink($catalogConnection): the option dbtable is missing; pass the " +
        """table to write, e.g. JsonOptions(Map("dbtable" -> "hist_root", "database" -> "dev"))."""))
    new JdbcDataSink(glueContext, catalogConnection, table, options.getOption("database"),
      options.without("dbtable", "database").toStringMap.asScala.toMap)
  }

  /** The connection's URL with `database` in place of the one it names; URLs that name none are kept as they are. */
  def url(connectionUrl: String, database: Option[String]): String = database match {
    case Some(db) =>
      val m = DatabaseInUrl.matcher(connectionUrl)
      if (m.matches()) m.group(1) + db + m.group(3) else connectionUrl
    case None => connectionUrl
  }

  private final class JdbcDataSink(glueContext: GlueContext, connectionName: String, table: String,
      database: Option[String], writerOptions: Map[String, String]) extends DataSink {

    override def writeDynamicFrame(frame: DynamicFrame, callSite: CallSite): DynamicFrame = {
      val connection = glueContext.suite.catalog().getConnection(connectionName)
      if (connection.connectionType() != "JDBC") {
        throw new JdbcConnectionException(s"Connection ${connection.name()} is of type ${connection.connectionType()}" +
          ", not JDBC: getJDBCSink writes through a JDBC connection. Create one with ConnectionType JDBC and the " +
          s"property ${Connection.JDBC_CONNECTION_URL}.")
      }
      val connectionUrl = Option(connection.connectionProperties().get(Connection.JDBC_CONNECTION_URL)).getOrElse(
        throw new JdbcConnectionException(s"Connection ${connection.name()} has no ${Connection.JDBC_CONNECTION_URL} " +
          "property: set it to the database's JDBC URL, e.g. jdbc:postgresql://host:5432/dev."))
      val data = frame.toDF()
      data.schema.fields.find(f => f.dataType.isInstanceOf[StructType] || f.dataType.isInstanceOf[ArrayType] ||
        f.dataType.isInstanceOf[MapType]).foreach { f =>
        throw FrameErrors.invalidOption("column", f.name, s"getJDBCSink writes scalar columns and '${f.name}' is " +
          s"${f.dataType.simpleString}; resolve choices (resolveChoice) and flatten structs and arrays " +
          "(relationalize or unnest) first")
      }
      val properties = new Properties()
      Seq(Connection.USERNAME -> "user", Connection.PASSWORD -> "password").foreach { case (property, key) =>
        Option(connection.connectionProperties().get(property)).foreach(properties.setProperty(key, _))
      }
      writerOptions.foreach { case (k, v) => properties.setProperty(k, v) }
      try data.write.mode(SaveMode.Append).jdbc(url(connectionUrl, database), table, properties) catch {
        case e: java.sql.SQLException => throw new JdbcConnectionException(s"Writing ${frame.getName()} to table " +
          s"$table through connection ${connection.name()} failed: ${e.getMessage}. Check the connection's URL and " +
          "credentials, and that the database accepts the table.", e)
      }
      frame
    }
  }
}
