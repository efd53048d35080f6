package org.gluesuite.serve.athena;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * One query execution and what Athena reports of it: state (QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED), times,
 * the failure reason, the result's columns and where its CSV is.
 */
final class QueryRun {
  enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

  final String id;
  final String query;
  final String database;
  final String workGroup;
  final String outputLocation;
  final Path resultFile;
  final String principal;
  final Instant submitted = Instant.now();

  private State state = State.QUEUED;
  private Instant started;
  private Instant completed;
  private String reason;
  private List<Map<String, Object>> columns = List.of();
  private long rows;
  private long bytesScanned;
  private Future<?> future;

  QueryRun(String id, String query, String database, String workGroup, String outputLocation, Path resultFile,
      String principal) {
    this.id = id;
    this.query = query;
    this.database = database;
    this.workGroup = workGroup;
    this.outputLocation = outputLocation;
    this.resultFile = resultFile;
    this.principal = principal;
  }

  synchronized State state() {
    return state;
  }

  synchronized void attach(Future<?> run) {
    this.future = run;
  }

  /** QUEUED → RUNNING; false when it was cancelled meanwhile. */
  synchronized boolean begin() {
    if (state != State.QUEUED) {
      return false;
    }
    state = State.RUNNING;
    started = Instant.now();
    return true;
  }

  synchronized void succeed(List<Map<String, Object>> resultColumns, long resultRows, long scanned) {
    if (state == State.RUNNING) {
      columns = List.copyOf(resultColumns);
      rows = resultRows;
      bytesScanned = scanned;
      finish(State.SUCCEEDED, null);
    }
  }

  synchronized void fail(String why) {
    if (state == State.RUNNING || state == State.QUEUED) {
      finish(State.FAILED, why);
    }
  }

  /** Cancels a queued or running query (a queued one never starts). False when it had finished. */
  synchronized boolean cancel() {
    if (state != State.QUEUED && state != State.RUNNING) {
      return false;
    }
    finish(State.CANCELLED, "Query cancelled by StopQueryExecution");
    if (future != null) {
      future.cancel(false);
    }
    return true;
  }

  private void finish(State end, String why) {
    state = end;
    reason = why;
    completed = Instant.now();
  }

  synchronized List<Map<String, Object>> columns() {
    return columns;
  }

  synchronized long rows() {
    return rows;
  }

  /** Athena's {@code QueryExecution} shape. */
  synchronized Map<String, Object> shape() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("State", state.name());
    status.put("StateChangeReason", reason);
    status.put("SubmissionDateTime", submitted);
    status.put("CompletionDateTime", completed);
    if (state == State.FAILED) {
      // Category 2 is a user error (the query or its permissions), as Athena reports a query that cannot run.
      status.put("AthenaError", Map.of("ErrorCategory", 2, "Retryable", false, "ErrorMessage",
          reason));
    }
    Instant now = completed == null ? Instant.now() : completed;
    Map<String, Object> statistics = new LinkedHashMap<>();
    long queued = (started == null ? now : started).toEpochMilli() - submitted.toEpochMilli();
    statistics.put("EngineExecutionTimeInMillis", started == null ? 0 : now.toEpochMilli() - started.toEpochMilli());
    statistics.put("DataScannedInBytes", bytesScanned);
    statistics.put("TotalExecutionTimeInMillis", now.toEpochMilli() - submitted.toEpochMilli());
    statistics.put("QueryQueueTimeInMillis", queued);
    statistics.put("ServicePreProcessingTimeInMillis", 0);
    statistics.put("QueryPlanningTimeInMillis", 0);
    statistics.put("ServiceProcessingTimeInMillis", 0);
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("QueryExecutionId", id);
    execution.put("Query", query);
    execution.put("StatementType", "DML");
    execution.put("ResultConfiguration", Map.of("OutputLocation", outputLocation));
    execution.put("QueryExecutionContext", database == null ? Map.of() : Map.of("Database", database,
        "Catalog", "AwsDataCatalog"));
    execution.put("Status", status);
    execution.put("Statistics", statistics);
    execution.put("WorkGroup", workGroup);
    execution.put("EngineVersion", Map.of("SelectedEngineVersion", "AUTO", "EffectiveEngineVersion",
        "Spark SQL (glue-suite)"));
    return execution;
  }
}
