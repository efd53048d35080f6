package org.gluesuite.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.lake.LakePaths;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

class SparkCatalogBridgeTest {
  private final SparkSession spark = TestSpark.session();

  @Test
  void sync_makesDateFolderPartitionsAndCsvTablesQueryable_withPruning() throws Exception {
    Path lake = TestSpark.newFolder("bridge");
    try (DataCatalog catalog = EmbeddedCatalog.open(lake.resolve("_catalog"))) {
      catalog.createDatabase(DatabaseInput.named("bridge_db"));
      Path events = lake.resolve("events");
      spark.range(3).write().parquet(events.resolve("2024/03/01").toString());
      spark.range(5).write().parquet(events.resolve("2024/03/02").toString());
      catalog.createTable("bridge_db", TableInput.external("events", List.of(Column.of("id", "bigint")),
          List.of(Column.of("dt", "string")), events.toString(), StorageFormat.PARQUET));
      for (String day : List.of("2024/03/01", "2024/03/02")) {
        catalog.createPartition("bridge_db", "events", new PartitionInput(List.of(day.replace('/', '-')),
            StorageDescriptor.of(List.of(), events.resolve(day).toString(), StorageFormat.PARQUET), Map.of()));
      }
      Path people = lake.resolve("people");
      java.nio.file.Files.createDirectories(people);
      java.nio.file.Files.writeString(people.resolve("p.csv"), "name|age\nada|36\nbob|41\n");
      StorageDescriptor pipeSeparated = new StorageDescriptor(List.of(Column.of("name", "string"),
          Column.of("age", "int")), people.toString(), StorageFormat.CSV.inputFormat(), StorageFormat.CSV.outputFormat(),
          false, new SerDeInfo(null, StorageFormat.CSV.serializationLibrary(), Map.of("field.delim", "|")), Map.of());
      catalog.createTable("bridge_db", new TableInput("people", null, null, pipeSeparated, List.of(), null,
          Map.of("classification", "csv", "delimiter", "|", "skip.header.line.count", "1")));
      catalog.createTable("bridge_db", TableInput.external("odd", List.of(Column.of("x", "string")), List.of(),
          people.toString(), StorageFormat.CSV).withParameters(Map.of("classification", "xml")));

      SparkCatalogBridge.SyncResult result = new SparkCatalogBridge(spark, catalog).sync();

      assertThat(result.tables()).containsExactlyInAnyOrder("bridge_db.events", "bridge_db.people");
      assertThat(result.partitions()).isEqualTo(2);
      assertThat(result.skipped()).containsOnlyKeys("bridge_db.odd");
      Dataset<Row> counts = spark.sql("SELECT dt, count(*) AS n FROM bridge_db.events GROUP BY dt ORDER BY dt");
      assertThat(counts.collectAsList()).extracting(Row::toString)
          .containsExactly("[2024-03-01,3]", "[2024-03-02,5]");
      Dataset<Row> oneDay = spark.sql("SELECT * FROM bridge_db.events WHERE dt = '2024-03-02'");
      assertThat(oneDay.inputFiles()).isNotEmpty().allSatisfy(f -> assertThat(f).contains("2024/03/02"));
      assertThat(spark.sql("SELECT sum(age) FROM bridge_db.people").first().getLong(0)).isEqualTo(77L);
    }
  }

  /**
   * A quoted CSV table as the crawler declares it (OpenCSVSerde, escapeChar backslash) over an RFC 4180 file, where a
   * quote inside a quoted field is doubled: Spark's CSV reader with escape backslash gets such fields wrong without
   * an error (1,239 descriptions of the UCI Online Retail file), so SQL must read them the way OpenCSV does.
   */
  @Test
  void sync_openCsvTable_readsDoubledQuotesAsOneQuote() throws Exception {
    Path lake = TestSpark.newFolder("bridge-quotes");
    try (DataCatalog catalog = EmbeddedCatalog.open(lake.resolve("_catalog"))) {
      catalog.createDatabase(DatabaseInput.named("quotes_db"));
      Path orders = lake.resolve("orders");
      java.nio.file.Files.createDirectories(orders);
      java.nio.file.Files.writeString(orders.resolve("o.csv"), "InvoiceNo,Description,Quantity\n"
          + "536477,\"RECORD FRAME 7\"\" SINGLE SIZE \",48\n"
          + "536540,\"CHARLIE+LOLA\"\"EXTREMELY BUSY\"\" SIGN\",6\n"
          + "536541,\"TEA, COFFEE\",2\n"
          + "536542,PLAIN,1\n");
      StorageDescriptor openCsv = new StorageDescriptor(List.of(Column.of("invoiceno", "bigint"),
          Column.of("description", "string"), Column.of("quantity", "bigint")), orders.toString(),
          StorageFormat.CSV.inputFormat(), StorageFormat.CSV.outputFormat(), false,
          new SerDeInfo(null, "org.apache.hadoop.hive.serde2.OpenCSVSerde",
              Map.of("separatorChar", ",", "quoteChar", "\"", "escapeChar", "\\")), Map.of());
      catalog.createTable("quotes_db", new TableInput("orders", null, null, openCsv, List.of(), null,
          Map.of("classification", "csv", "delimiter", ",", "skip.header.line.count", "1")));

      new SparkCatalogBridge(spark, catalog).sync();

      assertThat(spark.sql("SELECT description, quantity FROM quotes_db.orders ORDER BY invoiceno").collectAsList())
          .extracting(Row::toString).containsExactly("[RECORD FRAME 7\" SINGLE SIZE ,48]",
              "[CHARLIE+LOLA\"EXTREMELY BUSY\" SIGN,6]", "[TEA, COFFEE,2]", "[PLAIN,1]");
    }
  }

  @Test
  void sync_readsS3LocationsFromTheLocalLake_whenTheSessionNamesOne() throws Exception {
    Path lake = TestSpark.newFolder("s3lake");
    try (DataCatalog catalog = EmbeddedCatalog.open(lake.resolve("_catalog"))) {
      catalog.createDatabase(DatabaseInput.named("deployed_db"));
      spark.range(4).write().parquet(lake.resolve("bucket/daily/dt=2024-03-01").toString());
      // As deployed (and as on AWS): the table and its partition are located in S3.
      catalog.createTable("deployed_db", TableInput.external("daily", List.of(Column.of("id", "bigint")),
          List.of(Column.of("dt", "string")), "s3://bucket/daily", StorageFormat.PARQUET));
      catalog.createPartition("deployed_db", "daily", new PartitionInput(List.of("2024-03-01"),
          StorageDescriptor.of(List.of(), "s3://bucket/daily/dt=2024-03-01", StorageFormat.PARQUET), Map.of()));

      spark.conf().set(LakePaths.LOCAL_LAKE_CONF, lake.toString());
      try {
        new SparkCatalogBridge(spark, catalog).sync();
        assertThat(spark.sql("SELECT count(*) FROM deployed_db.daily WHERE dt = '2024-03-01'").first().getLong(0))
            .isEqualTo(4L);
      } finally {
        spark.conf().unset(LakePaths.LOCAL_LAKE_CONF);
      }
    }
  }
}
