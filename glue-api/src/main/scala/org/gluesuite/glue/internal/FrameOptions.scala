package org.gluesuite.glue.internal

import org.gluesuite.glue.util.{CallSite, JsonOptions}
import org.gluesuite.runtime.context.ContextErrors
import org.gluesuite.runtime.frame.{CsvReadOptions, FrameErrors, SpigotOptions, UnboxOptions}

/** Glue's option arguments of single transforms (spigot, unbox, ...) as glue-runtime's typed values. */
private[glue] object FrameOptions {

  def spigot(options: JsonOptions): SpigotOptions = {
    KnownOptions.check("spigot", options, Set("topk", "prob"))
    val topk = options.getOption("topk").map(v => number("spigot", "topk", v, "a whole number of records").toInt)
    val prob = options.getOption("prob").map(v => number("spigot", "prob", v, "a probability between 0 and 1"))
    new SpigotOptions(topk.getOrElse(SpigotOptions.DEFAULT.topk()), prob.getOrElse(SpigotOptions.DEFAULT.prob()),
      SpigotOptions.DEFAULT.seed())
  }

  def unbox(format: String, options: JsonOptions): UnboxOptions = format match {
    case "json" =>
      KnownOptions.check("unbox json", options, Set.empty)
      UnboxOptions.json()
    case "csv" =>
      KnownOptions.check("unbox csv", options, Set("separator", "quoteChar", "escaper"))
      val csv = CsvReadOptions.DEFAULT
        .withSeparator(char("separator", options.getOption("separator"), ','))
        .withQuoteChar(char("quoteChar", options.getOption("quoteChar"), '"'))
        .withEscaper(options.getOption("escaper").map(v => Character.valueOf(char("escaper", Some(v), '\\')))
          .orNull)
      new UnboxOptions("csv", csv, java.util.List.of())
    case other => throw FrameErrors.invalidOption("format", other, "unbox parses json or csv")
  }

  def noOptions(call: String, options: JsonOptions): Unit = KnownOptions.check(call, options, Set.empty)

  def sameLengths(call: String, paths: Int, values: Int, operators: Int): Unit =
    if (paths != values || paths != operators) {
      throw FrameErrors.invalidOption("paths/values/operators", s"$paths/$values/$operators",
        s"$call takes one value and one operator per path")
    }

  /** The call site whose `info` is Glue's `errorMsg` when one is given. */
  def withMessage(callSite: CallSite, errorMsg: String): CallSite =
    if (errorMsg == null || errorMsg.isEmpty) callSite else CallSite(Option(callSite).fold("")(_.site), errorMsg)

  private def number(where: String, key: String, value: String, expected: String): Double =
    try value.trim.toDouble catch {
      case _: NumberFormatException => throw ContextErrors.badOptionValue(where, key, value, expected)
    }

  private def char(key: String, value: Option[String], default: Char): Char = value match {
    case None => default
    case Some(v) if v.length == 1 => v.charAt(0)
    case Some("\\t") => '\t'
    case Some(v) => throw ContextErrors.badOptionValue("unbox csv", key, v, "a single character (\\t for a tab)")
  }
}
