package org.gluesuite.runtime.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.gluesuite.runtime.context.internal.CatalogScan;

class CatalogSourceTest {
  private final SparkSession spark = TestSpark.session();
  private Path lake;
  private DataCatalog catalog;
  private GlueSuiteContext glue;

  @BeforeEach
  void setUp() {
    lake = TestSpark.newFolder("catalog-source");
    catalog = EmbeddedCatalog.open(lake.resolve("_catalog"));
    glue = GlueSuiteContext.create(spark, catalog);
    catalog.createDatabase(DatabaseInput.named("raw"));
    Path table = lake.resolve("events");
    writeDay(table, "2024/01/05", 3, 0);
    writeDay(table, "2024/01/06", 2, 100);
    writeDay(table, "2024/02/01", 4, 200);
    List<Column> keys = List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string"));
    catalog.createTable("raw", TableInput.external("events", List.of(Column.of("id", "bigint"), Column.of("name", "string")),
        keys, table.toString(), StorageFormat.PARQUET));
    for (String day : List.of("2024/01/05", "2024/01/06", "2024/02/01")) {
      StorageDescriptor descriptor = StorageDescriptor.of(List.of(), table.resolve(day).toString(), StorageFormat.PARQUET);
      catalog.createPartition("raw", "events", new PartitionInput(Arrays.asList(day.split("/")), descriptor, Map.of()));
    }
  }

  @AfterEach
  void tearDown() {
    catalog.close();
  }

  private void writeDay(Path table, String day, int rows, int firstId) {
    spark.range(firstId, firstId + rows).selectExpr("id", "concat('n', id) as name")
        .coalesce(1).write().parquet(table.resolve(day).toString());
  }

  @Test
  void toDF_whenPartitionsAreDateFolders_addsPartitionColumnsFromTheCatalog() {
    Dataset<Row> events = glue.getCatalogSource("raw", "events").toDF();

    assertThat(events.columns()).containsExactly("id", "name", "year", "month", "day");
    List<String> rows = events.orderBy("id").collectAsList().stream()
        .map(r -> r.getLong(0) + ":" + r.getString(2) + "-" + r.getString(3) + "-" + r.getString(4)).toList();
    assertThat(rows).containsExactly("0:2024-01-05", "1:2024-01-05", "2:2024-01-05", "100:2024-01-06",
        "101:2024-01-06", "200:2024-02-01", "201:2024-02-01", "202:2024-02-01", "203:2024-02-01");
  }

  @Test
  void pushDownPredicate_readsOnlyTheMatchingPartitionFolders() {
    CatalogSource source = glue.getCatalogSource("raw", "events").pushDownPredicate("month = '01' and day >= '06'");

    CatalogScan scan = source.scan();
    assertThat(scan.catalogPartitions()).isEqualTo(3);
    assertThat(scan.partitions()).extracting(p -> String.join("/", p.values())).containsExactly("2024/01/06");

    Dataset<Row> events = source.toDF();
    assertThat(events.inputFiles()).isNotEmpty()
        .allSatisfy(file -> assertThat(file).contains("/events/2024/01/06/"));
    assertThat(events.select("id").as(org.apache.spark.sql.Encoders.LONG()).collectAsList())
        .containsExactlyInAnyOrder(100L, 101L);
  }

  @Test
  void pushDownPredicate_ofKeyEqualities_isAnsweredByOneFilteredGetPartitionsCall() {
    List<String> calls = new java.util.ArrayList<>();
    GlueSuiteContext counted = GlueSuiteContext.create(spark, recording(catalog, calls));
    CatalogSource source = counted.getCatalogSource("raw", "events")
        .pushDownPredicate("year = '2024' AND month = '01' and `day` = '06'");

    CatalogScan scan = source.scan();

    assertThat(scan.catalogPartitions()).as("partitions the catalog returned").isEqualTo(1);
    assertThat(scan.partitions()).extracting(p -> String.join("/", p.values())).containsExactly("2024/01/06");
    assertThat(calls).containsExactly("getTable", "getPartitions `year` = '2024' AND `month` = '01' AND `day` = '06'");
    assertThat(source.toDF().select("id").as(org.apache.spark.sql.Encoders.LONG()).collectAsList())
        .containsExactlyInAnyOrder(100L, 101L);
  }

  @Test
  void catalogPartitionPredicate_isTheCatalogsExpression_andAnInvalidOneFailsNamingIt() {
    List<String> calls = new java.util.ArrayList<>();
    GlueSuiteContext counted = GlueSuiteContext.create(spark, recording(catalog, calls));

    CatalogScan scan = counted.getCatalogSource("raw", "events").catalogPartitionPredicate("month BETWEEN '01' AND '01'")
        .pushDownPredicate("day >= '06'").scan();

    assertThat(scan.catalogPartitions()).isEqualTo(2);
    assertThat(scan.partitions()).extracting(p -> String.join("/", p.values())).containsExactly("2024/01/06");
    assertThat(calls).containsExactly("getTable", "getPartitions month BETWEEN '01' AND '01'");
    assertThatThrownBy(() -> glue.getCatalogSource("raw", "events").catalogPartitionPredicate("month => '01'").scan())
        .isInstanceOf(org.gluesuite.catalog.InvalidInputException.class)
        .hasMessageContaining("month => '01'")
        .hasMessageContaining("raw.events");
  }

  /** The catalog, recording the table and partition calls a read makes (method name and expression). */
  private static DataCatalog recording(DataCatalog catalog, List<String> calls) {
    return (DataCatalog) java.lang.reflect.Proxy.newProxyInstance(DataCatalog.class.getClassLoader(),
        new Class<?>[] {DataCatalog.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("getTable") || name.contains("Partition")) {
            calls.add(name.equals("getPartitions") && args.length == 3 ? name + " " + args[2] : name);
          }
          try {
            return method.invoke(catalog, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void pushDownPredicate_thatMatchesNothing_readsNoFileAndKeepsTheSchema() {
    Dataset<Row> events = glue.getCatalogSource("raw", "events").pushDownPredicate("year = '1999'").toDF();

    assertThat(events.inputFiles()).isEmpty();
    assertThat(events.count()).isZero();
    assertThat(events.columns()).containsExactly("id", "name", "year", "month", "day");
  }

  @Test
  void pushDownPredicate_onADataColumn_failsNamingThePartitionColumns() {
    CatalogSource source = glue.getCatalogSource("raw", "events").pushDownPredicate("name = 'n1'");

    assertThatThrownBy(source::scan)
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("name = 'n1'")
        .hasMessageContaining("raw.events")
        .hasMessageContaining("partition columns year, month, day");
  }

  @Test
  void getCatalogSource_ofAnUnknownTable_failsNamingIt() {
    assertThatThrownBy(() -> glue.getCatalogSource("raw", "nope").toDF())
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> glue.getCatalogSource("nodb", "events").toDF())
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("nodb");
  }

  @Test
  void partitionTypes_followTheCatalogsDeclaredKeyTypes() {
    Path table = lake.resolve("typed");
    writeDay(table, "7", 1, 7);
    catalog.createTable("raw", TableInput.external("typed", List.of(Column.of("id", "bigint")),
        List.of(Column.of("hour", "int")), table.toString(), StorageFormat.PARQUET));
    catalog.createPartition("raw", "typed", new PartitionInput(List.of("7"),
        StorageDescriptor.of(List.of(), table.resolve("7").toString(), StorageFormat.PARQUET), Map.of()));

    Dataset<Row> typed = glue.getCatalogSource("raw", "typed").pushDownPredicate("hour > 6").toDF();

    assertThat(typed.schema().apply("hour").dataType().typeName()).isEqualTo("integer");
    assertThat(typed.collectAsList()).extracting(r -> r.getInt(1)).containsExactly(7);
  }
}
