package org.gluesuite.glue.internal

import org.gluesuite.glue.util.JsonOptions
import org.gluesuite.runtime.context.ContextErrors

/** Unknown option names are errors that list the known ones. */
private[glue] object KnownOptions {
  def check(where: String, options: JsonOptions, names: Set[String]): Unit =
    options.keys.find(k => !names.contains(k)).foreach { k =>
      throw ContextErrors.unknownOption(where, k, new java.util.TreeSet[String](
        scala.collection.JavaConverters.setAsJavaSet(if (names.isEmpty) Set("(none)") else names)))
    }
}
