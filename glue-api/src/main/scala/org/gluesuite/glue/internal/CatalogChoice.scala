package org.gluesuite.glue.internal

import org.apache.spark.sql.RuntimeConfig
import org.gluesuite.aws.DataCatalogs
import org.gluesuite.catalog.{CatalogLocation, DataCatalog}
import org.gluesuite.glue.CatalogNotConfiguredException
import org.gluesuite.runtime.context.GlueSuiteContext
import org.gluesuite.runtime.job.{JobMain, JobRunner}

/**
 * The Data Catalog a `GlueContext` works with, named by one option: the job argument `--glue_suite_catalog` or the
 * Spark setting `spark.glue_suite.catalog`, parsed once into a [[CatalogLocation]] and opened by
 * [[DataCatalogs.open]], the one place that decides which catalog implementation is built.
 */
private[glue] final case class CatalogChoice(location: CatalogLocation, origin: String) {
  def open(): DataCatalog = DataCatalogs.open(location)

  def runner(glue: GlueSuiteContext): JobRunner = JobMain.runner(glue, location)
}

private[glue] object CatalogChoice {
  val SparkSetting = "spark.glue_suite.catalog"
  val Argument: String = JobMain.CATALOG_ARGUMENT

  /** The session's setting: `--conf` of spark-submit or a Glue job, `-Dspark.glue_suite.catalog`, `spark.conf.set`. */
  def fromConf(conf: RuntimeConfig): Option[CatalogChoice] =
    conf.getOption(SparkSetting).filter(_.trim.nonEmpty)
      .map(s => CatalogChoice(CatalogLocation.parse(s.trim), s"Spark setting $SparkSetting"))

  def fromArguments(args: java.util.Map[String, String]): Option[CatalogChoice] =
    Option(args.get(Argument)).orElse(Option(args.get("--" + Argument))).filter(_.trim.nonEmpty)
      .map(s => CatalogChoice(CatalogLocation.parse(s.trim), s"job argument --$Argument"))

  def missing(): CatalogNotConfiguredException = new CatalogNotConfiguredException(
    s"This GlueContext has no Data Catalog: set the Spark setting $SparkSetting (spark-submit --conf " +
      s"$SparkSetting=embedded:/path/to/workspace/catalog) or pass the job argument --$Argument " +
      "embedded:/path/to/workspace/catalog to Job.init.")
}
