package org.gluesuite.glue.internal

import org.gluesuite.glue.{JobStateException, UnsupportedGlueOptionException}
import org.gluesuite.runtime.context.ContextErrors

/** The facade's own messages: what was wrong, and what to call instead. */
private[glue] object GlueApiErrors {

  def notJsonOptions(json: String, why: String): RuntimeException =
    ContextErrors.badOptionValue("JsonOptions", "json", json,
      s"""a JSON object of option names and values, e.g. {"path": "s3://bucket/out/"} ($why)""")

  def missingOption(key: String, given: Seq[String]): RuntimeException =
    ContextErrors.badOptionValue("JsonOptions", key, "(absent)",
      s"one of the given options ${given.mkString("[", ", ", "]")}")

  def unsupportedConnectionType(call: String, connectionType: String, supported: Seq[String]): RuntimeException =
    new UnsupportedGlueOptionException(s"$call: connectionType '$connectionType' is not supported here; use " +
      s"${supported.mkString(" or ")}. JDBC stores are written with getJDBCSink and a Data Catalog connection.")

  def formatRequired(call: String): RuntimeException = new UnsupportedGlueOptionException(
    s"$call: format is required for connectionType s3; pass format = json, csv or parquet.")

  def unsupportedSinkFormatOptions(keys: Seq[String]): RuntimeException = new UnsupportedGlueOptionException(
    s"getSinkWithFormat: format option(s) ${keys.mkString("[", ", ", "]")} are not supported when writing; " +
      "files are written with Spark's defaults for the format (Parquet: snappy). Leave formatOptions empty.")

  def otherCatalogId(call: String, catalogId: String): RuntimeException = new UnsupportedGlueOptionException(
    s"$call: catalogId '$catalogId' names another account's Data Catalog; this context has one catalog. Leave " +
      "catalogId null.")

  def jobNotInitialized(): RuntimeException = new JobStateException(
    "Job.commit() was called without Job.init: call Job.init(jobName, glueContext, args) before the job's reads.")

  def jobAlreadyInitialized(jobName: String, runId: String): RuntimeException = new JobStateException(
    s"Job.init was called while run $runId of job $jobName is still open: call Job.commit() (or Job.reset()) first.")

  def contextOfAnotherRun(jobName: String): RuntimeException = new JobStateException(
    s"Job.init for $jobName: this GlueContext already belongs to an open run; one GlueContext serves one run at a " +
      "time.")

  def catalogChosenTwice(first: String, second: String): RuntimeException = new JobStateException(
    s"The Data Catalog was already chosen ($first); Job.init cannot switch it to $second. Pass one " +
      s"${CatalogChoice.Argument} / ${CatalogChoice.SparkSetting}.")
}
