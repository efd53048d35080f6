package org.gluesuite.glue.util

/**
 * Glue's call-site argument of the transforms: where the call came from, for error reports. `info` is attached to
 * the error records of the step (Glue's `info`).
 */
case class CallSite(site: String, info: String = "")
