package org.gluesuite.glue.internal

import java.nio.file.Path

import org.apache.spark.sql.RuntimeConfig
import org.gluesuite.catalog.DataCatalog
import org.gluesuite.catalog.embedded.EmbeddedCatalog
import org.gluesuite.glue.CatalogNotConfiguredException
import org.gluesuite.runtime.context.GlueSuiteContext
import org.gluesuite.runtime.job.{JobMain, JobRunner}

/**
 * The Data Catalog a `GlueContext` works with, named by one option: the job argument `--glue_suite_catalog` or the
 * Spark setting `spark.glue_suite.catalog`. `embedded:DIR` is the catalog folder of a glue-suite workspace; run
 * records, bookmarks and error records go next to it. The one place that opens the catalog.
 */
private[glue] final case class CatalogChoice(spec: String, origin: String) {
  private val directory: Path = {
    if (!spec.startsWith(CatalogChoice.Embedded) || spec.length == CatalogChoice.Embedded.length) {
      throw new CatalogNotConfiguredException(s"$origin '$spec' names no catalog this build can open: use " +
        s"embedded:DIR, the catalog folder of a glue-suite workspace (e.g. embedded:/data/workspace/catalog).")
    }
    Path.of(spec.substring(CatalogChoice.Embedded.length))
  }

  def open(): DataCatalog = EmbeddedCatalog.open(directory)

  def runner(glue: GlueSuiteContext): JobRunner = JobMain.runner(glue, directory)
}

private[glue] object CatalogChoice {
  val SparkSetting = "spark.glue_suite.catalog"
  val Argument: String = JobMain.CATALOG_ARGUMENT
  private val Embedded = "embedded:"

  /** The session's setting: `--conf` of spark-submit or a Glue job, `-Dspark.glue_suite.catalog`, `spark.conf.set`. */
  def fromConf(conf: RuntimeConfig): Option[CatalogChoice] =
    conf.getOption(SparkSetting).filter(_.trim.nonEmpty)
      .map(s => CatalogChoice(s.trim, s"Spark setting $SparkSetting"))

  def fromArguments(args: java.util.Map[String, String]): Option[CatalogChoice] =
    Option(args.get(Argument)).orElse(Option(args.get("--" + Argument))).filter(_.trim.nonEmpty)
      .map(s => CatalogChoice(s.trim, s"job argument --$Argument"))

  def missing(): CatalogNotConfiguredException = new CatalogNotConfiguredException(
    s"This GlueContext has no Data Catalog: set the Spark setting $SparkSetting (spark-submit --conf " +
      s"$SparkSetting=embedded:/path/to/workspace/catalog) or pass the job argument --$Argument " +
      "embedded:/path/to/workspace/catalog to Job.init.")
}
