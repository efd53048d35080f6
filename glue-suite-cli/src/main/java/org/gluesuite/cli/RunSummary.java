package org.gluesuite.cli;

import java.util.Locale;
import java.util.Map;
import org.gluesuite.runtime.job.JobRunRecord;

/** The few lines a person reads after a job run: time, rows read, written and in error, results. */
final class RunSummary {
  private RunSummary() {
  }

  static void print(Console console, JobRunRecord record) {
    console.progress("%s: %s in %s (run %s)", record.jobName(), record.state(),
        record.executionTimeMillis() == null ? "?" : Console.seconds(record.executionTimeMillis()),
        shortId(record.id()));
    if (record.rowsRead() != null && !record.rowsRead().isEmpty()) {
      record.rowsRead().forEach((source, rows) -> console.progress("  read    %,12d rows from %s", rows, source));
    }
    if (record.rowsWritten() != null && record.rowsWritten() > 0) {
      console.progress("  wrote   %,12d rows in %d partition%s to %s", record.rowsWritten(),
          record.partitionsWritten(), record.partitionsWritten() == 1 ? "" : "s", String.join(", ", record.outputs()));
    }
    if (record.bookmarkedFilesRead() != null) {
      record.bookmarkedFilesRead().forEach((context, files) ->
          console.progress("  bookmark %,11d new file%s in %s", files, files == 1 ? "" : "s", context));
    }
    if (record.errorRecords() != null) {
      record.errorRecords().forEach((step, errors) -> console.progress("  errors  %,12d records in %s", errors, step));
    }
    if (record.results() != null) {
      for (Map.Entry<String, Object> result : record.results().entrySet()) {
        Object value = result.getValue();
        console.progress("  %-7s %s", result.getKey(), value instanceof Double d
            ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value));
      }
    }
  }

  static String shortId(String runId) {
    return runId.length() > 15 ? runId.substring(0, 15) + "…" : runId;
  }
}
