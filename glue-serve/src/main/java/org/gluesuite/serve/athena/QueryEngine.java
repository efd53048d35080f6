package org.gluesuite.serve.athena;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.common.Failures;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.sql.SparkCatalogBridge;
import org.gluesuite.serve.ServeErrors;

/**
 * Runs Athena's queries: Spark SQL over the catalog's tables under Lake Formation as the caller's principal, the way
 * {@code query} runs it ({@link SparkCatalogBridge}, governed by the caller's {@link AccessPolicy}), one at a time
 * on one thread, each result streamed to Athena's CSV and its {@code .csv.metadata}.
 *
 * <p>The queries share the process's SparkContext (the jobs' one, started at the first query) but not its session
 * catalog: the bridge declares each table as the principal may see it, so queries use a root session of their own
 * (its own in-memory catalog), and one query runs at a time, so one principal's declarations never serve another's
 * query, nor a job's.
 */
final class QueryEngine implements AutoCloseable {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(QueryEngine.class.getName());

  private final Supplier<SparkSession> spark;
  private final DataCatalog catalog;
  private final Function<String, AccessPolicy> policies;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "glue-suite-athena");
    thread.setDaemon(true);
    return thread;
  });
  private final java.util.Set<QueryRun> active = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private SparkSession root;
  private QueryJobs jobs;

  /**
   * @param spark the process's session (created when the first query runs)
   * @param policies Lake Formation enforcement for a principal ARN, as the workspace's grants say at that moment
   */
  QueryEngine(Supplier<SparkSession> spark, DataCatalog catalog, Function<String, AccessPolicy> policies) {
    this.spark = spark;
    this.catalog = catalog;
    this.policies = policies;
  }

  void submit(QueryRun run) {
    active.add(run);
    run.attach(runner.submit(() -> {
      try {
        execute(run);
      } finally {
        active.remove(run);
      }
    }));
  }

  private void execute(QueryRun run) {
    if (!run.begin()) {
      return;
    }
    SparkSession session = null;
    try {
      session = session();
      jobs.track(run.id);
      session.sparkContext().setJobGroup(run.id, "Athena query " + run.id, true);
      SparkCatalogBridge bridge = new SparkCatalogBridge(session, catalog, policies.apply(run.principal));
      bridge.sync();
      if (run.state() != QueryRun.State.RUNNING) {
        jobs.release(run.id);
        return;
      }
      if (run.database != null) {
        if (!session.catalog().databaseExists(run.database)) {
          throw ServeErrors.schemaNotFound(run.database);
        }
        session.catalog().setCurrentDatabase(run.database);
      }
      Dataset<Row> result = bridge.query(run.query);
      List<Map<String, Object>> columns = AthenaColumns.columnInfo(result.schema());
      long rows = write(run, result, columns);
      run.succeed(columns, rows, scanned(session, run.id));
    } catch (Exception e) {
      if (session != null) {
        jobs.release(run.id);
      }
      run.fail(reason(e));
      LOG.log(java.util.logging.Level.FINE, "Athena query " + run.id + " ended: " + run.state(), e);
    } finally {
      if (session != null) {
        session.sparkContext().clearJobGroup();
      }
    }
  }

  /** Streams the rows to {@code <id>.csv}, then writes {@code <id>.csv.metadata}; returns the number of rows. */
  private static long write(QueryRun run, Dataset<Row> result, List<Map<String, Object>> columns)
      throws IOException {
    List<String> header = List.of(result.columns());
    long rows = 0;
    try (ResultCsv.RowWriter out = new ResultCsv.RowWriter(run.resultFile, header)) {
      for (Iterator<Row> it = result.toLocalIterator(); it.hasNext(); ) {
        Row row = it.next();
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          cells.add(AthenaColumns.text(row.get(i)));
        }
        out.write(cells);
        rows++;
      }
    }
    Path metadata = run.resultFile.resolveSibling(run.resultFile.getFileName() + ".metadata");
    Files.writeString(metadata, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(Map.of("ColumnInfo", columns, "RowCount", rows)));
    return rows;
  }

  private long scanned(SparkSession session, String group) {
    try {
      // Task-end events reach listeners asynchronously; let the ones of this query arrive.
      session.sparkContext().listenerBus().waitUntilEmpty(2_000);
    } catch (Exception e) {
      LOG.fine(() -> "Listener bus still busy; DataScannedInBytes of " + group + " may be short");
    }
    return jobs.release(group);
  }

  /** The queries' root session over the process's SparkContext, with a session catalog of its own. */
  private synchronized SparkSession session() {
    if (root == null) {
      SparkSession shared = spark.get();
      // SparkSession(SparkContext) is Scala-private to org.apache.spark.sql: a new root session, and so a new
      // in-memory session catalog, on the same context (newSession() would share the catalog with the jobs).
      root = new SparkSession(shared.sparkContext());
      jobs = new QueryJobs(shared.sparkContext());
      shared.sparkContext().addSparkListener(jobs);
    }
    return root.newSession();
  }

  /** A queued query never starts; a running one's Spark jobs are cancelled (threads are not interrupted). */
  synchronized void cancel(QueryRun run) {
    if (run.cancel() && jobs != null) {
      jobs.cancel(run.id);
    }
  }

  private static String reason(Throwable e) {
    if (e instanceof org.apache.spark.sql.AnalysisException analysis) {
      return analysis.getMessage().lines().findFirst().orElse(analysis.getMessage());
    }
    return Failures.reason(e);
  }

  @Override
  public void close() {
    runner.shutdown();
    active.forEach(this::cancel);
    try {
      runner.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (root != null && !root.sparkContext().isStopped()) {
        root.sparkContext().removeSparkListener(jobs);
      }
    }
  }
}
