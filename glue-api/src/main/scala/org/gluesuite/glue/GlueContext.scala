package org.gluesuite.glue

import scala.collection.JavaConverters._

import org.apache.spark.SparkContext
import org.apache.spark.api.java.JavaSparkContext
import org.apache.spark.sql.SparkSession
import org.gluesuite.catalog.CatalogLocation
import org.gluesuite.common.args.{JobArgumentParser, JobArguments}
import org.gluesuite.glue.internal.{CatalogChoice, GlueApiErrors, JdbcSinks, SourceOptions}
import org.gluesuite.glue.util.JsonOptions
import org.gluesuite.runtime.context.{FileSourceOptions, GlueSuiteContext}
import org.gluesuite.runtime.job.JobRunner

/**
 * Glue's `GlueContext`: reads and writes [[DynamicFrame]]s through the Data Catalog and files, over glue-runtime's
 * `GlueSuiteContext`. The catalog is chosen by one option, the Spark setting `spark.glue_suite.catalog` or the job
 * argument `--glue_suite_catalog` given to `Job.init` (`embedded:DIR` today), and opened when first needed.
 * Between `Job.init` and `Job.commit` every source and sink of this context belongs to the job run.
 */
class GlueContext(@transient val sc: SparkContext, val minPartitions: Int, val targetPartitions: Int)
  extends Serializable {

  def this(sc: SparkContext) = this(sc, 10, 20)

  def this(sparkContext: JavaSparkContext) = this(sparkContext.sc)

  @transient private lazy val sparkSession: SparkSession = SparkSession.builder().config(sc.getConf).getOrCreate()
  @transient private var catalogChoice: Option[CatalogChoice] = CatalogChoice.fromConf(sparkSession.conf)
  @transient private var opened: GlueSuiteContext = _
  @transient private var run: JobRunner#OpenRun = _

  /** The SparkSession of this context's SparkContext. */
  def getSparkSession(): SparkSession = sparkSession

  // ---- sources ----------------------------------------------------------------------------------------------------

  /**
   * A Data Catalog table. `pushDownPredicate` (Spark SQL over the partition columns) and the additional option
   * `catalogPartitionPredicate` prune partitions before any file is listed; `maxBand` / `maxFilesInBand` tune the
   * bookmark. `redshiftTmpDir` is not used.
   */
  def getCatalogSource(database: String, tableName: String, redshiftTmpDir: String = "",
      transformationContext: String = "", pushDownPredicate: String = " ",
      additionalOptions: JsonOptions = JsonOptions.empty, catalogId: String = null): DataSource = {
    requireOwnCatalog("getCatalogSource", catalogId)
    val read = SourceOptions.catalogRead(additionalOptions)
    new CatalogDataSource(this, database, tableName, Option(transformationContext).getOrElse(""),
      pushDownPredicate, read.catalogPartitionPredicate, read.band)
  }

  /**
   * Files by path: `connectionType` "s3", `options` with `paths` (files or prefixes), `recurse`, `exclusions`, …,
   * `format` json, csv or parquet with its `formatOptions` (CSV: separator, quoteChar, withHeader, …).
   */
  def getSourceWithFormat(connectionType: String, options: JsonOptions, transformationContext: String = "",
      format: String = null, formatOptions: JsonOptions = JsonOptions.empty): DataSource = {
    SourceOptions.requireS3("getSourceWithFormat", connectionType)
    if (format == null) {
      throw GlueApiErrors.formatRequired("getSourceWithFormat")
    }
    val connection = options.toStringMap
    val formatting = formatOptions.toStringMap
    FileSourceOptions.parse(format, connection, formatting)
    new FileDataSource(this, format, connection, formatting, Option(transformationContext).getOrElse(""))
  }

  // ---- sinks ------------------------------------------------------------------------------------------------------

  /**
   * Files under a path: `connectionType` "s3", `options` with `path`, `partitionKeys`, `enableUpdateCatalog`,
   * `updateBehavior` (and `database`/`tableName`, or [[DataSink.setCatalogInfo]]), `format` json, csv or parquet.
   */
  def getSinkWithFormat(connectionType: String, options: JsonOptions, transformationContext: String = "",
      format: String = null, formatOptions: JsonOptions = JsonOptions.empty): DataSink = {
    SourceOptions.requireS3("getSinkWithFormat", connectionType)
    if (format == null) {
      throw GlueApiErrors.formatRequired("getSinkWithFormat")
    }
    if (!formatOptions.isEmpty) {
      throw GlueApiErrors.unsupportedSinkFormatOptions(formatOptions.keys)
    }
    new FileDataSink(this, options, format)
  }

  /**
   * A Data Catalog table's location, in its format and partition keys. With the additional option
   * `enableUpdateCatalog`, new partitions are added to the table.
   */
  def getCatalogSink(database: String, tableName: String, redshiftTmpDir: String = "",
      transformationContext: String = "", additionalOptions: JsonOptions = JsonOptions.empty,
      catalogId: String = null): DataSink = {
    requireOwnCatalog("getCatalogSink", catalogId)
    new CatalogDataSink(this, database, tableName, SourceOptions.catalogWrite(additionalOptions))
  }

  /**
   * A table of the JDBC database that the Data Catalog connection `catalogConnection` points to; `options` holds
   * `dbtable` (required) and `database` (replaces the database of the connection's URL, when it names one).
   */
  def getJDBCSink(catalogConnection: String, options: JsonOptions, redshiftTmpDir: String = "",
      transformationContext: String = "", catalogId: String = null): DataSink = {
    requireOwnCatalog("getJDBCSink", catalogId)
    JdbcSinks.sink(this, catalogConnection, options)
  }

  // ---- the catalog and the job run ----------------------------------------------------------------------------------

  /** The runtime context sources and sinks use now: the open job run's, else this context's own. */
  private[glue] def suite: GlueSuiteContext = synchronized {
    if (run != null) run.context().glue() else base
  }

  private def base: GlueSuiteContext = {
    if (opened == null) {
      val choice = catalogChoice.getOrElse(throw CatalogChoice.missing())
      opened = GlueSuiteContext.create(getSparkSession(), choice.open())
    }
    opened
  }

  /** `Job.init`: starts a run of `jobName` over this context's catalog. */
  private[glue] def startRun(jobName: String, args: java.util.Map[String, String]): JobRunner#OpenRun =
    synchronized {
      if (run != null) {
        throw GlueApiErrors.contextOfAnotherRun(jobName)
      }
      CatalogChoice.fromArguments(args).foreach(chooseCatalog)
      val choice = catalogChoice.getOrElse(throw CatalogChoice.missing())
      run = choice.runner(base).start(jobName, GlueContext.jobArguments(jobName, args))
      run
    }

  /** The run has ended (committed or failed): sources and sinks are this context's own again. */
  private[glue] def endRun(ended: JobRunner#OpenRun): Unit = synchronized {
    if (run eq ended) {
      run = null
    }
  }

  private def chooseCatalog(choice: CatalogChoice): Unit = catalogChoice match {
    case Some(current) if current.location != choice.location =>
      throw GlueApiErrors.catalogChosenTwice(s"${current.origin} ${current.location}",
        s"${choice.origin} ${choice.location}")
    case _ => catalogChoice = Some(choice)
  }

  private[glue] def requireOwnCatalog(call: String, catalogId: String): Unit =
    if (catalogId != null && catalogId.nonEmpty) {
      throw GlueApiErrors.otherCatalogId(call, catalogId)
    }
}

object GlueContext {
  /**
   * A context over a runtime context that is already open: its session, its catalog (at `location`) and its access
   * policy (Lake Formation), for launchers and interactive shells that chose them. `Job.init` then runs jobs over
   * the same; a `--glue_suite_catalog` argument naming another catalog is an error.
   */
  def apply(suite: GlueSuiteContext, location: CatalogLocation): GlueContext = {
    val context = new GlueContext(suite.spark().sparkContext)
    context.synchronized {
      context.catalogChoice = Some(CatalogChoice(location, "the catalog the GlueContext was created over"))
      context.opened = suite
    }
    context
  }

  /** `Job.init`'s arguments as Glue's API holds them (`--name` → value), resolved once by Glue's rules. */
  private def jobArguments(jobName: String, args: java.util.Map[String, String]): JobArguments = {
    val named = new java.util.LinkedHashMap[String, String]()
    args.asScala.foreach { case (k, v) => named.put("--" + k.stripPrefix("--"), Option(v).getOrElse("")) }
    named.put("--JOB_NAME", jobName)
    JobArgumentParser.resolve(named)
  }
}
