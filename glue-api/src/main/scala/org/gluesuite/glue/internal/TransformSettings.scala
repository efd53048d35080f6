package org.gluesuite.glue.internal

import org.gluesuite.glue.util.CallSite
import org.gluesuite.runtime.frame.TransformOptions

/** Glue's trailing transform arguments as glue-runtime's one value. The only place the facade reads them. */
private[glue] object TransformSettings {

  def apply(transformationContext: String, callSite: CallSite, stageThreshold: Long,
      totalThreshold: Long): TransformOptions =
    new TransformOptions(transformationContext, if (callSite == null) "" else callSite.info,
      limit(stageThreshold), limit(totalThreshold))

  /**
   * Glue's default threshold, 0, means "do not fail on error records" (its API reference: "zero by default,
   * indicating that the process should not error out"); glue-runtime's `TransformOptions` spells that
   * `UNLIMITED` and reads 0 as "none allowed".
   */
  private def limit(threshold: Long): Long = if (threshold == 0) TransformOptions.UNLIMITED else threshold
}
