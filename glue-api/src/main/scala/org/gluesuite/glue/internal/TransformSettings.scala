package org.gluesuite.glue.internal

import org.gluesuite.glue.util.CallSite
import org.gluesuite.runtime.frame.TransformOptions

/**
 * Glue's trailing transform arguments as glue-runtime's one value. The only place the facade reads them; the
 * thresholds pass through unchanged, since `TransformOptions` gives them Glue's meaning (0, the default, is no limit).
 */
private[glue] object TransformSettings {

  def apply(transformationContext: String, callSite: CallSite, stageThreshold: Long,
      totalThreshold: Long): TransformOptions =
    new TransformOptions(transformationContext, if (callSite == null) "" else callSite.info, stageThreshold,
      totalThreshold)
}
