package org.gluesuite.common.report;

import org.gluesuite.common.Failures;

/** Every error of this package: what is wrong with which file, and how to fix it. */
final class ReportFileErrors {
  private ReportFileErrors() {
  }

  static ReportFileException unreadable(String file, Throwable cause) {
    return new ReportFileException(String.format("Cannot read %s: %s. It is written by the job that trained the "
        + "model; run that job again to write it.", file, Failures.reason(cause)), cause);
  }

  static ReportFileException malformed(String file, String jsonPath, String problem) {
    return new ReportFileException(String.format("%s: %s: %s. The file must follow the documented shape (README, "
        + "\"metrics.json\"); write it with ModelMetrics or ReportSection, not by hand.", file, jsonPath, problem),
        null);
  }

  static IllegalArgumentException invalid(String what, String problem) {
    return new IllegalArgumentException(what + ": " + problem);
  }
}
