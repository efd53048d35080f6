package org.gluesuite.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.runtime.sql.SparkCatalogBridge;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * Interactive SQL through a warm engine: a count over a curated table (Parquet, a day partition per day for three
 * years) asked again and again of one process whose Spark is already running. Baseline: the same SQL on a warm
 * Spark session over the table declared once. Variant: {@code glue-suite serve}'s Athena API, each query a client
 * round trip (StartQueryExecution, GetQueryExecution until it ends, GetQueryResults). The figure is the median
 * latency of the timed queries, after warm-up queries.
 */
public final class InteractiveScenario implements Scenario {
  static final String SQL = "SELECT count(*) FROM bench.curated";
  private static final int WARM_UP = 3;
  private static final int TIMED = 15;

  @Override
  public String name() {
    return "interactive";
  }

  @Override
  public String description() {
    return "`" + SQL + "` (Parquet, one partition per day for 3 years) through a warm engine, median latency of "
        + TIMED + " queries after " + WARM_UP + " warm-up ones: a warm Spark session with the table declared once "
        + "(baseline) vs `glue-suite serve`'s Athena API (StartQueryExecution → GetQueryExecution → "
        + "GetQueryResults, over loopback)";
  }

  @Override
  public List<String> variants() {
    return List.of("spark-session-warm", "athena-api-warm");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    // The Parquet table is written by the first child (Spark is there): see ensureTable.
    InputFolder.fresh(work.resolve("workspace"));
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) throws Exception {
    Path workspace = work.resolve("workspace");
    SparkSession spark = BenchSpark.session(work);
    ensureTable(spark, workspace, size);
    long[] latencies = new long[TIMED];
    long rows;
    long cpuBefore;
    if (variant.equals("spark-session-warm")) {
      try (DataCatalog catalog = BenchSpark.catalog(workspace)) {
        new SparkCatalogBridge(spark, catalog).sync();
      }
      rows = sparkCount(spark);
      for (int i = 0; i < WARM_UP; i++) {
        sparkCount(spark);
      }
      cpuBefore = cpuMs();
      for (int i = 0; i < TIMED; i++) {
        long start = System.nanoTime();
        sparkCount(spark);
        latencies[i] = (System.nanoTime() - start) / 1_000_000;
      }
    } else {
      String admin = org.gluesuite.lakeformation.DataLakePrincipal.LOCAL_ADMIN.identifier();
      try (GlueSuiteServe serve = GlueSuiteServe.start(workspace.resolve("catalog"),
          CrawlContext.forWorkspace(workspace, workspace.resolve("crawlers")), null, () -> spark,
          ServeSettings.anyPort(admin));
          AthenaClient athena = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri())
              .region("eu-west-1").staticCredentials("AKIDBENCH", "bench").build()).athena()) {
        rows = athenaCount(athena);
        for (int i = 0; i < WARM_UP; i++) {
          athenaCount(athena);
        }
        cpuBefore = cpuMs();
        for (int i = 0; i < TIMED; i++) {
          long start = System.nanoTime();
          long counted = athenaCount(athena);
          latencies[i] = (System.nanoTime() - start) / 1_000_000;
          if (counted != rows) {
            throw new IllegalStateException("Athena counted " + counted + " rows, then " + rows);
          }
        }
      }
    }
    Arrays.sort(latencies);
    timer.measured(latencies[TIMED / 2], (cpuMs() - cpuBefore) / TIMED);
    return rows;
  }

  private static long sparkCount(SparkSession spark) {
    return spark.sql(SQL).collectAsList().get(0).getLong(0);
  }

  private static long athenaCount(AthenaClient athena) throws InterruptedException {
    String id = athena.startQueryExecution(r -> r.queryString(SQL)).queryExecutionId();
    while (true) {
      var status = athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution().status();
      if (status.state() == QueryExecutionState.SUCCEEDED) {
        break;
      }
      if (status.state() != QueryExecutionState.QUEUED && status.state() != QueryExecutionState.RUNNING) {
        throw new IllegalStateException("Athena query " + id + " ended " + status.state() + ": "
            + status.stateChangeReason());
      }
      Thread.sleep(5);
    }
    // Row 0 is the header, as Athena answers.
    return Long.parseLong(athena.getQueryResults(r -> r.queryExecutionId(id)).resultSet().rows().get(1).data().get(0)
        .varCharValue());
  }

  private static long cpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }

  /** Writes the curated table and registers it with its day partitions (once; later children find it). */
  private static void ensureTable(SparkSession spark, Path workspace, BenchSize size) throws IOException {
    Path ready = workspace.resolve("table-ready");
    if (Files.exists(ready)) {
      return;
    }
    Path root = workspace.resolve("lake/curated");
    int days = size.interactiveDays();
    spark.range((long) days * size.interactiveRowsPerDay())
        .selectExpr("concat('station-', id % 37) AS station", "(id % 1000) / 10.0 AS value",
            "date_add(DATE'2022-01-01', CAST(id % " + days + " AS INT)) AS d")
        .selectExpr("station", "value", "date_format(d, 'yyyy') AS year", "date_format(d, 'MM') AS month",
            "date_format(d, 'dd') AS day")
        .repartition(functions.col("year"), functions.col("month"), functions.col("day")).write().partitionBy("year", "month", "day").parquet(root.toString());
    List<Column> columns = List.of(Column.of("station", "string"), Column.of("value", "double"));
    try (DataCatalog catalog = BenchSpark.catalog(workspace)) {
      catalog.createDatabase(DatabaseInput.named("bench"));
      catalog.createTable("bench", TableInput.external("curated", columns, List.of(Column.of("year", "string"),
          Column.of("month", "string"), Column.of("day", "string")), root.toString(), StorageFormat.PARQUET));
      List<PartitionInput> partitions = new ArrayList<>();
      for (Row r : spark.read().parquet(root.toString()).select("year", "month", "day").distinct().collectAsList()) {
        List<String> values = List.of(r.getString(0), r.getString(1), r.getString(2));
        String location = root.resolve("year=" + values.get(0)).resolve("month=" + values.get(1))
            .resolve("day=" + values.get(2)).toString();
        partitions.add(new PartitionInput(values, StorageDescriptor.of(columns, location, StorageFormat.PARQUET),
            Map.of()));
      }
      for (int from = 0; from < partitions.size(); from += 100) {
        catalog.batchCreatePartition("bench", "curated", partitions.subList(from, Math.min(partitions.size(),
            from + 100)));
      }
    }
    try {
      Files.writeString(ready, "ok\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
