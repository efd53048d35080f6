package org.gluesuite.glue.internal

import org.gluesuite.glue.util.JsonOptions
import org.gluesuite.runtime.bookmark.BookmarkBand
import org.gluesuite.runtime.context.ContextErrors

/** Glue's `connectionType` and `additionalOptions` of catalog reads and writes, checked and typed once. */
private[glue] object SourceOptions {
  private val S3 = Seq("s3")

  /** What `getCatalogSource`'s additional options ask of the read. */
  final case class CatalogRead(catalogPartitionPredicate: Option[String], band: Option[BookmarkBand])

  private val CatalogReadOptions = Set("catalogPartitionPredicate", "maxBand", "maxFilesInBand", "groupFiles",
    "groupSize")

  def requireS3(call: String, connectionType: String): Unit =
    if (connectionType == null || !S3.contains(connectionType.toLowerCase(java.util.Locale.ROOT))) {
      throw GlueApiErrors.unsupportedConnectionType(call, String.valueOf(connectionType), S3)
    }

  /** `groupFiles` / `groupSize` are accepted and need no effect: reads are always grouped. */
  def catalogRead(options: JsonOptions): CatalogRead = {
    KnownOptions.check("getCatalogSource additionalOptions", options, CatalogReadOptions)
    val band = (options.getOption("maxBand"), options.getOption("maxFilesInBand")) match {
      case (None, None) => None
      case (maxBand, maxFiles) => Some(new BookmarkBand(
        maxBand.map(v => whole("maxBand", v, "a number of milliseconds, 0 or more")).getOrElse(
          BookmarkBand.DEFAULT.maxBandMillis()),
        maxFiles.map(v => whole("maxFilesInBand", v, "a whole number of files, 1 or more").toInt).getOrElse(
          BookmarkBand.DEFAULT.maxFilesInBand())))
    }
    CatalogRead(options.getOption("catalogPartitionPredicate").filter(_.trim.nonEmpty), band)
  }

  /** `getCatalogSink`'s additional options: `enableUpdateCatalog`. */
  def catalogWrite(options: JsonOptions): Boolean = {
    KnownOptions.check("getCatalogSink additionalOptions", options, Set("enableUpdateCatalog"))
    options.getOption("enableUpdateCatalog").map(_.trim.toLowerCase(java.util.Locale.ROOT)) match {
      case None | Some("false") => false
      case Some("true") => true
      case Some(other) => throw ContextErrors.badOptionValue("getCatalogSink", "enableUpdateCatalog", other,
        "true or false")
    }
  }

  private def whole(key: String, value: String, expected: String): Long =
    try value.trim.toLong catch {
      case _: NumberFormatException => throw ContextErrors.badOptionValue("getCatalogSource", key, value, expected)
    }
}
