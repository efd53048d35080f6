package org.gluesuite.runtime.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataSinkTest {
  private final SparkSession spark = TestSpark.session();
  private Path lake;
  private DataCatalog catalog;
  private GlueSuiteContext glue;

  @BeforeEach
  void setUp() {
    lake = TestSpark.newFolder("sink");
    catalog = EmbeddedCatalog.open(lake.resolve("_catalog"));
    glue = GlueSuiteContext.create(spark, catalog);
  }

  @AfterEach
  void tearDown() {
    catalog.close();
  }

  private Dataset<Row> days() {
    return spark.sql("SELECT * FROM VALUES (1L, 2.5D, '2024', '01', '05'), (2L, 3.5D, '2024', '01', '05'), "
        + "(3L, 4.5D, '2024', '01', '06') AS t(id, value, year, month, day)");
  }

  private SinkOptions curated(PartitionLayout layout, WriteMode mode) {
    return SinkOptions.of(lake.resolve("curated").toString(), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day").withLayout(layout).withWriteMode(mode)
        .withCatalogUpdate("lakehouse", "daily", UpdateBehavior.UPDATE_IN_DATABASE);
  }

  @Test
  void write_withPartitionKeys_writesKeyValueFoldersAndRegistersTableAndPartitions() {
    WriteSummary summary = glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND))
        .writeDataFrame(days());

    assertThat(summary.rowsWritten()).isEqualTo(3);
    assertThat(summary.partitions()).containsExactlyInAnyOrder(List.of("2024", "01", "05"), List.of("2024", "01", "06"));
    assertThat(summary.catalogChange()).isEqualTo(WriteSummary.CatalogChange.TABLE_CREATED);
    assertThat(lake.resolve("curated/year=2024/month=01/day=05")).isDirectory();
    assertThat(lake.resolve("curated/_glue_staging")).doesNotExist();

    Table table = catalog.getTable("lakehouse", "daily");
    assertThat(table.storageDescriptor().columns()).containsExactly(Column.of("id", "bigint"), Column.of("value", "double"));
    assertThat(table.partitionKeys()).extracting(Column::name).containsExactly("year", "month", "day");
    assertThat(table.parameters()).containsEntry("classification", "parquet");
    List<Partition> partitions = catalog.getPartitions("lakehouse", "daily");
    assertThat(partitions).extracting(Partition::location)
        .allSatisfy(location -> assertThat(location).contains("curated/year=2024/month=01/day=0"));

    Dataset<Row> back = glue.getCatalogSource("lakehouse", "daily").toDF();
    assertThat(back.orderBy("id").collectAsList()).extracting(Row::toString)
        .containsExactly("[1,2.5,2024,01,05]", "[2,3.5,2024,01,05]", "[3,4.5,2024,01,06]");
  }

  @Test
  void write_withValuesOnlyLayout_writesDateFoldersThatTheCatalogPointsAt() {
    glue.getSinkWithFormat(curated(PartitionLayout.VALUES_ONLY, WriteMode.APPEND)).writeDataFrame(days());

    assertThat(lake.resolve("curated/2024/01/05")).isDirectory();
    assertThat(lake.resolve("curated/2024/01/06")).isDirectory();
    assertThat(lake.resolve("curated/year=2024")).doesNotExist();
    Partition partition = catalog.getPartition("lakehouse", "daily", List.of("2024", "01", "06"));
    assertThat(partition.location()).endsWith("curated/2024/01/06");

    Dataset<Row> day6 = glue.getCatalogSource("lakehouse", "daily").pushDownPredicate("day = '06'").toDF();
    assertThat(day6.collectAsList()).extracting(Row::toString).containsExactly("[3,4.5,2024,01,06]");
  }

  @Test
  void rerun_withOverwritePartitions_replacesOnlyTheWrittenPartitions() {
    DataSink sink = glue.getSinkWithFormat(curated(PartitionLayout.VALUES_ONLY, WriteMode.OVERWRITE_PARTITIONS));
    sink.writeDataFrame(days());
    sink.writeDataFrame(days().where("day = '06'").selectExpr("id + 10 as id", "value", "year", "month", "day"));

    Dataset<Row> all = glue.getCatalogSource("lakehouse", "daily").toDF();
    assertThat(all.orderBy("id").collectAsList()).extracting(r -> r.getLong(0)).containsExactly(1L, 2L, 13L);
    assertThat(lake.resolve("curated/_glue_trash")).doesNotExist();
  }

  @Test
  void rerun_withAppend_addsRowsToExistingPartitions() {
    DataSink sink = glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND));
    sink.writeDataFrame(days());
    WriteSummary second = sink.writeDataFrame(days());

    assertThat(second.catalogChange()).isEqualTo(WriteSummary.CatalogChange.PARTITIONS_ONLY);
    assertThat(glue.getCatalogSource("lakehouse", "daily").toDF().count()).isEqualTo(6);
    assertThat(catalog.getPartitions("lakehouse", "daily")).hasSize(2);
    // One new file per partition per write: appending to an existing partition is one rename, so a reader sees
    // all of a write's rows for that partition or none.
    java.util.Map<Path, Long> filesPerPartition;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(lake.resolve("curated"))) {
      filesPerPartition = files.filter(f -> f.getFileName().toString().startsWith("part-"))
          .collect(java.util.stream.Collectors.groupingBy(Path::getParent, java.util.stream.Collectors.counting()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(filesPerPartition).hasSize(2).allSatisfy((partition, count) -> assertThat(count).isEqualTo(2L));
  }

  @Test
  void updateBehavior_updateInDatabase_addsNewColumns_andLogKeepsTheSchema() {
    glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND)).writeDataFrame(days());
    Dataset<Row> wider = days().selectExpr("id", "value", "'x' as note", "year", "month", "day");

    SinkOptions logOnly = SinkOptions.of(lake.resolve("curated").toString(), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day")
        .withCatalogUpdate("lakehouse", "daily", UpdateBehavior.LOG);
    WriteSummary logged = glue.getSinkWithFormat(logOnly).writeDataFrame(wider);
    assertThat(logged.catalogChange()).isEqualTo(WriteSummary.CatalogChange.PARTITIONS_ONLY);
    assertThat(catalog.getTable("lakehouse", "daily").storageDescriptor().columns()).extracting(Column::name)
        .containsExactly("id", "value");

    WriteSummary updated = glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND))
        .writeDataFrame(wider);
    assertThat(updated.catalogChange()).isEqualTo(WriteSummary.CatalogChange.TABLE_UPDATED);
    assertThat(catalog.getTable("lakehouse", "daily").storageDescriptor().columns()).extracting(Column::name)
        .containsExactly("id", "value", "note");
  }

  @Test
  void partitionKeys_inAnotherOrderThanTheTable_areRejected() {
    glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND)).writeDataFrame(days());
    SinkOptions reordered = SinkOptions.of(lake.resolve("curated").toString(), StorageFormat.PARQUET)
        .withPartitionKeys("day", "month", "year")
        .withCatalogUpdate("lakehouse", "daily", UpdateBehavior.UPDATE_IN_DATABASE);

    assertThatThrownBy(() -> glue.getSinkWithFormat(reordered).writeDataFrame(days()))
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("[day, month, year]")
        .hasMessageContaining("lakehouse.daily")
        .hasMessageContaining("[year, month, day]");
  }

  @Test
  void partitionKeys_thatAreNotColumns_areRejectedBeforeAnythingIsWritten() {
    SinkOptions options = SinkOptions.of(lake.resolve("out").toString(), StorageFormat.PARQUET).withPartitionKeys("dt");

    assertThatThrownBy(() -> glue.getSinkWithFormat(options).writeDataFrame(days()))
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("[dt]")
        .hasMessageContaining("[id, value, year, month, day]");
    assertThat(lake.resolve("out")).doesNotExist();
  }

  @Test
  void unpartitionedOverwrite_replacesTheFolderContent() throws IOException {
    SinkOptions options = SinkOptions.of(lake.resolve("flat").toString(), StorageFormat.JSON)
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS);
    glue.getSinkWithFormat(options).writeDataFrame(days());
    glue.getSinkWithFormat(options).writeDataFrame(days().limit(1));

    assertThat(spark.read().json(lake.resolve("flat").toString()).count()).isEqualTo(1);
    try (Stream<Path> files = Files.list(lake.resolve("flat"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .allSatisfy(name -> assertThat(name).startsWith("part-"));
    }
  }

  @Test
  void csvSink_withCatalogUpdate_writesAHeader_andReadsBackThroughTheCatalog() {
    SinkOptions csv = SinkOptions.of(lake.resolve("csv").toString(), StorageFormat.CSV)
        .withPartitionKeys("year", "month", "day")
        .withCatalogUpdate("lakehouse", "daily_csv", UpdateBehavior.UPDATE_IN_DATABASE);
    glue.getSinkWithFormat(csv).writeDataFrame(days());

    Table table = catalog.getTable("lakehouse", "daily_csv");
    assertThat(table.parameters()).containsEntry("classification", "csv").containsEntry("skip.header.line.count", "1");
    assertThat(glue.getCatalogSource("lakehouse", "daily_csv").toDF().orderBy("id").collectAsList())
        .extracting(Row::toString)
        .containsExactly("[1,2.5,2024,01,05]", "[2,3.5,2024,01,05]", "[3,4.5,2024,01,06]");
    GlueFrame frame = glue.getCatalogSource("lakehouse", "daily_csv").getFrame();
    assertThat(frame.schema().fieldNames()).containsExactly("id", "value", "year", "month", "day");
    assertThat(frame.count()).isEqualTo(3);
    assertThat(frame.errorsCount()).isZero();
  }

  @Test
  void aFailureWhileMovingPartitionsIntoPlace_putsTheOldPartitionsBack() throws IOException {
    SinkOptions options = curated(PartitionLayout.VALUES_ONLY, WriteMode.OVERWRITE_PARTITIONS);
    DataSink sink = glue.getSinkWithFormat(options);
    sink.writeDataFrame(days().where("day = '05'"));
    // A plain file where the February folder must go makes the second partition's move fail.
    Files.writeString(lake.resolve("curated/2024/02"), "in the way");
    Dataset<Row> rewrite = spark.sql("SELECT * FROM VALUES (7L, 7.5D, '2024', '01', '05'), (8L, 8.5D, '2024', '02', '01')"
        + " AS t(id, value, year, month, day)");

    assertThatThrownBy(() -> sink.writeDataFrame(rewrite))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Nothing of this write was made visible");

    assertThat(spark.read().parquet(lake.resolve("curated/2024/01/05").toString()).orderBy("id").collectAsList())
        .extracting(r -> r.getLong(0)).containsExactly(1L, 2L);
    assertThat(lake.resolve("curated/_glue_staging")).doesNotExist();
    assertThat(catalog.getPartitions("lakehouse", "daily")).hasSize(1);
  }

  @Test
  void valuesOnlyLayout_rejectsNullPartitionValues_beforeAnythingMoves() {
    Dataset<Row> withNull = spark.sql("SELECT * FROM VALUES (1L, 1.0D, '2024', '01', CAST(NULL AS STRING))"
        + " AS t(id, value, year, month, day)");

    assertThatThrownBy(() -> glue.getSinkWithFormat(curated(PartitionLayout.VALUES_ONLY, WriteMode.APPEND))
        .writeDataFrame(withNull))
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("__HIVE_DEFAULT_PARTITION__").hasMessageContaining("'day'");
    assertThat(lake.resolve("curated/2024")).doesNotExist();
    assertThat(lake.resolve("curated/_glue_staging")).doesNotExist();
  }

  @Test
  void twoWritersCreatingTheSameTableAtOnce_bothSucceed_andNoPartitionOrColumnIsLost() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try (DataCatalog second = EmbeddedCatalog.open(lake.resolve("_catalog"))) {
      GlueSuiteContext other = GlueSuiteContext.create(spark, second);
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Future<WriteSummary> a = pool.submit(() -> {
        start.await();
        return glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND))
            .writeDataFrame(days().where("day = '05'"));
      });
      java.util.concurrent.Future<WriteSummary> b = pool.submit(() -> {
        start.await();
        return other.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND))
            .writeDataFrame(days().where("day = '06'").selectExpr("id", "value", "'x' AS note", "year", "month", "day"));
      });
      start.countDown();
      assertThat(a.get(120, java.util.concurrent.TimeUnit.SECONDS).rowsWritten()).isEqualTo(2);
      assertThat(b.get(120, java.util.concurrent.TimeUnit.SECONDS).rowsWritten()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(catalog.getPartitions("lakehouse", "daily")).hasSize(2);
    assertThat(catalog.getTable("lakehouse", "daily").storageDescriptor().columns()).extracting(Column::name)
        .contains("id", "value", "note");
  }

  @Test
  void catalogSink_writesIntoTheTablesLocation_andRegistersPartitionsOnlyWhenAsked() {
    glue.getSinkWithFormat(curated(PartitionLayout.KEY_VALUE, WriteMode.APPEND)).writeDataFrame(days().where("day = '05'"));
    Dataset<Row> february = spark.sql("SELECT * FROM VALUES (9L, 9.5D, '2024', '02', '01') AS t(id, value, year, month, day)");

    WriteSummary quiet = glue.getCatalogSink("lakehouse", "daily", WriteMode.APPEND, false).writeDataFrame(february);
    assertThat(quiet.catalogChange()).isEqualTo(WriteSummary.CatalogChange.NONE);
    assertThat(lake.resolve("curated/year=2024/month=02/day=01")).isDirectory();
    assertThat(catalog.getPartitions("lakehouse", "daily")).hasSize(1);

    WriteSummary registered = glue.getCatalogSink("lakehouse", "daily", WriteMode.OVERWRITE_PARTITIONS, true)
        .writeDataFrame(february);
    assertThat(registered.catalogChange()).isEqualTo(WriteSummary.CatalogChange.PARTITIONS_ONLY);
    assertThat(catalog.getPartitions("lakehouse", "daily")).hasSize(2);
    assertThat(glue.getCatalogSource("lakehouse", "daily").pushDownPredicate("month = '02'").toDF().count()).isEqualTo(1);
  }

  @Test
  void fromGlueOptions_parsesGlueStyleOptions_andRejectsUnknownOrBadValues() {
    SinkOptions options = SinkOptions.fromGlueOptions("glueparquet", Map.of("path", "s3://bucket/out",
        "partitionKeys", "[\"year\",\"month\"]", "enableUpdateCatalog", "true", "updateBehavior", "LOG",
        "database", "db", "tableName", "t"));
    assertThat(options.format()).isEqualTo(StorageFormat.PARQUET);
    assertThat(options.partitionKeys()).containsExactly("year", "month");
    assertThat(options.updateBehavior()).isEqualTo(UpdateBehavior.LOG);
    assertThat(options.enableUpdateCatalog()).isTrue();

    assertThatThrownBy(() -> SinkOptions.fromGlueOptions("parquet", Map.of("path", "/x", "partitonKeys", "[]")))
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("'partitonKeys'").hasMessageContaining("partitionKeys");
    assertThatThrownBy(() -> SinkOptions.fromGlueOptions("parquet", Map.of("path", "/x", "partitionKeys", "year")))
        .hasMessageContaining("partitionKeys").hasMessageContaining("JSON list");
    assertThatThrownBy(() -> SinkOptions.fromGlueOptions("parquet", Map.of("path", "/x", "enableUpdateCatalog", "yes")))
        .hasMessageContaining("'yes'").hasMessageContaining("true or false");
    assertThatThrownBy(() -> SinkOptions.fromGlueOptions("xml", Map.of("path", "/x")))
        .hasMessageContaining("Unsupported format 'xml'");
    assertThatThrownBy(() -> SinkOptions.fromGlueOptions("parquet", Map.of("path", "/x", "enableUpdateCatalog", "true")))
        .hasMessageContaining("setCatalogInfo");
  }
}
