package org.gluesuite.bench.scenario;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.Mapping;

/**
 * CSV order lines to typed, filtered (no cancelled order, no missing amount), de-duplicated (by order id) Parquet
 * partitioned {@code year/month/day}, three ways: our frame API from a catalog table to a sink that registers the
 * partitions in the catalog, the same logic in plain Spark, and DuckDB.
 */
public final class EtlScenario implements Scenario {
  static final String DATABASE = "bench";
  static final String RAW = "orders_raw";
  static final String CURATED = "orders_curated";

  @Override
  public String name() {
    return "etl";
  }

  @Override
  public String description() {
    return "CSV (5 % duplicate lines, missing values, skewed keys) to typed, filtered, de-duplicated Parquet "
        + "partitioned year/month/day: plain Spark (baseline), our frame API through a catalog source and sink, "
        + "DuckDB via JDBC";
  }

  @Override
  public List<String> variants() {
    return List.of("spark", "frame", "duckdb");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    Path input = InputFolder.fresh(work.resolve("input"));
    OrdersCsv.write(input, size.etlRows(), 15L);
    InputFolder.fresh(work.resolve("catalog"));
    try (DataCatalog catalog = BenchSpark.catalog(work)) {
      catalog.createDatabase(DatabaseInput.named(DATABASE));
      catalog.createTable(DATABASE, TableInput.external(RAW, List.of(
              org.gluesuite.catalog.Column.of("order_id", "bigint"),
              org.gluesuite.catalog.Column.of("customer_id", "bigint"),
              org.gluesuite.catalog.Column.of("order_ts", "string"),
              org.gluesuite.catalog.Column.of("amount", "double"),
              org.gluesuite.catalog.Column.of("quantity", "int"),
              org.gluesuite.catalog.Column.of("country", "string"),
              org.gluesuite.catalog.Column.of("status", "string")), List.of(), input.toString(), StorageFormat.CSV)
          .withParameters(Map.of("classification", "csv", "skip.header.line.count", "1")));
    }
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) throws Exception {
    Path output = InputFolder.fresh(work.resolve("output-" + variant));
    if (variant.equals("duckdb")) {
      return duckDb(work.resolve("input"), output, timer);
    }
    SparkSession spark = BenchSpark.session(work);
    if (variant.equals("spark")) {
      timer.start();
      StructType schema = new StructType().add("order_id", DataTypes.LongType).add("customer_id", DataTypes.LongType)
          .add("order_ts", DataTypes.StringType).add("amount", DataTypes.DoubleType)
          .add("quantity", DataTypes.IntegerType).add("country", DataTypes.StringType)
          .add("status", DataTypes.StringType);
      Dataset<Row> typed = spark.read().option("header", "true").schema(schema).csv(work.resolve("input").toString())
          .withColumn("order_ts", col("order_ts").cast("timestamp"));
      curate(typed).write().mode(SaveMode.Overwrite).partitionBy("year", "month", "day").parquet(output.toString());
      timer.stop();
    } else {
      try (DataCatalog catalog = BenchSpark.catalog(work)) {
        GlueSuiteContext glue = GlueSuiteContext.create(spark, catalog);
        timer.start();
        long phaseStart = System.nanoTime();
        GlueFrame typed = glue.getCatalogSource(DATABASE, RAW).getFrame().applyMapping(List.of(
            Mapping.of("order_id", "long", "order_id", "long"),
            Mapping.of("customer_id", "long", "customer_id", "long"),
            Mapping.of("order_ts", "string", "order_ts", "timestamp"),
            Mapping.of("amount", "double", "amount", "double"),
            Mapping.of("quantity", "int", "quantity", "int"),
            Mapping.of("country", "string", "country", "string"),
            Mapping.of("status", "string", "status", "string")));
        // Where the time goes: the frame's schema (the reader's inference pass over every file) is known here.
        System.out.println("phase frame-read-and-infer-ms " + (System.nanoTime() - phaseStart) / 1_000_000);
        glue.getSinkWithFormat(SinkOptions.of(output.toString(), StorageFormat.PARQUET)
                .withPartitionKeys("year", "month", "day").withWriteMode(WriteMode.APPEND)
                .withCatalogUpdate(DATABASE, CURATED, UpdateBehavior.UPDATE_IN_DATABASE))
            .writeFrame(GlueFrame.fromDF(curate(typed.toDF()), CURATED));
        timer.stop();
      }
    }
    return spark.read().parquet(output.toString()).count();
  }

  /** The business logic, one definition for both Spark variants. */
  private static Dataset<Row> curate(Dataset<Row> typed) {
    Column ts = col("order_ts");
    return typed.where(col("status").notEqual("cancelled").and(col("amount").isNotNull()))
        .dropDuplicates("order_id")
        .withColumn("year", date_format(ts, "yyyy"))
        .withColumn("month", date_format(ts, "MM"))
        .withColumn("day", date_format(ts, "dd"));
  }

  private static long duckDb(Path input, Path output, Timer timer) throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      timer.start();
      sql.execute("COPY (SELECT order_id, customer_id, order_ts, amount, quantity, country, status, "
          + "strftime(order_ts, '%Y') AS year, strftime(order_ts, '%m') AS month, strftime(order_ts, '%d') AS day "
          + "FROM (SELECT DISTINCT ON (order_id) * FROM read_csv('" + input + "/*.csv', header = true, columns = "
          + "{'order_id': 'BIGINT', 'customer_id': 'BIGINT', 'order_ts': 'TIMESTAMP', 'amount': 'DOUBLE', "
          + "'quantity': 'INTEGER', 'country': 'VARCHAR', 'status': 'VARCHAR'}) "
          + "WHERE status <> 'cancelled' AND amount IS NOT NULL)) TO '" + output + "' "
          + "(FORMAT parquet, PARTITION_BY (year, month, day), OVERWRITE_OR_IGNORE)");
      timer.stop();
      try (ResultSet count = sql.executeQuery("SELECT count(*) FROM read_parquet('" + output + "/**/*.parquet')")) {
        count.next();
        return count.getLong(1);
      }
    }
  }
}
