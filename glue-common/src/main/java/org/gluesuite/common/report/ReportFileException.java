package org.gluesuite.common.report;

import org.gluesuite.common.GlueSuiteException;

/**
 * A model output file ({@code metrics.json} or a report section) that cannot be read or written: missing, not
 * JSON, or without a required field. Made only by {@link ReportFileErrors}.
 */
public final class ReportFileException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  ReportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
