package org.gluesuite.glue

import org.gluesuite.common.GlueSuiteUserException

/** Base of the errors the Glue API facade raises itself: all are user errors (a call or option to change) (transforms and I/O raise glue-runtime's). Unchecked. */
class GlueApiException(message: String, cause: Throwable = null) extends GlueSuiteUserException(message, cause)

/** A Glue call, connection type or option this runtime cannot honour; the message says what to use instead. */
final class UnsupportedGlueOptionException(message: String) extends GlueApiException(message)

/** `Job.init` / `Job.commit` called out of order. */
final class JobStateException(message: String) extends GlueApiException(message)

/** No Data Catalog was chosen for a `GlueContext` that needs one. */
final class CatalogNotConfiguredException(message: String) extends GlueApiException(message)

/** A JDBC connection of the Data Catalog that is missing or cannot be used. */
final class JdbcConnectionException(message: String, cause: Throwable = null) extends GlueApiException(message, cause)
