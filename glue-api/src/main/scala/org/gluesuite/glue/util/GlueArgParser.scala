package org.gluesuite.glue.util

import scala.collection.JavaConverters._

import org.gluesuite.common.args.JobArgumentParser

/** Glue's `GlueArgParser`: job arguments by Glue's rules (glue-runtime's `JobArgumentParser`). */
object GlueArgParser {
  /**
   * The arguments passed as `--name value`, after checking that every name in `options` was given (a missing one
   * is an error naming it) and that none is one of Glue's reserved names. Arguments not asked for are kept.
   */
  def getResolvedOptions(args: Array[String], options: Array[String]): Map[String, String] =
    JobArgumentParser.getResolvedOptions(args, options.toList.asJava).asMap().asScala.toMap
}
