package org.gluesuite.runtime.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.gluesuite.runtime.context.internal.CatalogScan;

class CatalogFrameSourceTest {
  private Path lake;
  private DataCatalog catalog;
  private GlueSuiteContext glue;

  @BeforeEach
  void setUp() {
    lake = TestSpark.newFolder("frame-source");
    catalog = EmbeddedCatalog.open(lake.resolve("_catalog"));
    glue = GlueSuiteContext.create(TestSpark.session(), catalog);
    catalog.createDatabase(DatabaseInput.named("raw"));
  }

  @AfterEach
  void tearDown() {
    catalog.close();
  }

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void registerDays(String table, Path root, StorageFormat format, String... days) {
    for (String day : days) {
      catalog.createPartition("raw", table, new PartitionInput(Arrays.asList(day.split("/")),
          StorageDescriptor.of(List.of(), root.resolve(day).toString(), format), Map.of()));
    }
  }

  @Test
  void getFrame_onAJsonTable_givesChoices_partitionValues_andErrorRecordsWithFileAndLine() throws IOException {
    Path root = lake.resolve("events");
    gzip(root.resolve("2024/01/05/a.json.gz"), "{\"id\": 1, \"price\": 10}\n{\"id\": 2, \"price\": \"n/a\"}\n");
    gzip(root.resolve("2024/01/06/b.json.gz"), "{\"id\": 3, \"price\": 12}\n{\"id\": 4, \"pri\n");
    catalog.createTable("raw", TableInput.external("events", List.of(Column.of("id", "bigint"),
        Column.of("price", "bigint")), List.of(Column.of("year", "string"), Column.of("month", "string"),
        Column.of("day", "string")), root.toString(), StorageFormat.JSON));
    registerDays("events", root, StorageFormat.JSON, "2024/01/05", "2024/01/06");

    GlueFrame frame = glue.getCatalogSource("raw", "events").getFrame();

    assertThat(frame.schema().fieldNames()).containsExactly("id", "price", "year", "month", "day");
    // Glue reads the files, not the catalog's bigint: small whole numbers are int, and price is a choice.
    assertThat(frame.schema().simpleString())
        .isEqualTo("struct{id:int,price:choice{int,string},year:string,month:string,day:string}");
    assertThat(frame.schemaString()).contains("|-- price: choice\n|    |-- int\n|    |-- string\n");
    List<String> rows = frame.toDF().orderBy("id").collectAsList().stream().map(Row::toString).toList();
    assertThat(rows).containsExactly("[1,[10,null],2024,01,05]", "[2,[null,n/a],2024,01,05]",
        "[3,[12,null],2024,01,06]");
    assertThat(frame.errorsCount()).isEqualTo(1);
    Row error = frame.errorsAsDynamicFrame().toDF().first();
    assertThat(error.<String>getAs("source_file")).endsWith("2024/01/06/b.json.gz");
    assertThat(error.<Long>getAs("line")).isEqualTo(2L);
    assertThat(error.<String>getAs("transformation")).isEqualTo("read_json");
  }

  @Test
  void getFrame_withAPushDownPredicate_readsOnlyThoseDays() throws IOException {
    Path root = lake.resolve("days");
    gzip(root.resolve("2024/01/05/a.json.gz"), "{\"id\": 1}\n");
    gzip(root.resolve("2024/01/06/b.json.gz"), "{\"id\": 2}\n");
    catalog.createTable("raw", TableInput.external("days", List.of(Column.of("id", "bigint")),
        List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string")),
        root.toString(), StorageFormat.JSON));
    registerDays("days", root, StorageFormat.JSON, "2024/01/05", "2024/01/06");

    GlueFrame frame = glue.getCatalogSource("raw", "days").pushDownPredicate("day = '06'").getFrame();

    assertThat(frame.toDF().collectAsList()).extracting(Row::toString).containsExactly("[2,2024,01,06]");
  }

  @Test
  void getFrame_onACsvTable_usesTheSerDeAndNamesColumnsFromTheCatalog() throws IOException {
    Path root = lake.resolve("weather");
    Files.createDirectories(root.resolve("2024/01/05"));
    Files.writeString(root.resolve("2024/01/05/w.csv"), "STATION;TEMP\n\"A\";9999.9\n\"B\";51.5\n\"C\";1;extra\n");
    StorageDescriptor descriptor = new StorageDescriptor(List.of(Column.of("station", "string"),
        Column.of("temp", "double")), root.toString(), StorageFormat.CSV.inputFormat(),
        StorageFormat.CSV.outputFormat(), false,
        new SerDeInfo(null, "org.apache.hadoop.hive.serde2.OpenCSVSerde", Map.of("separatorChar", ";")), Map.of());
    catalog.createTable("raw", new TableInput("weather", null, null, descriptor,
        List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string")), null,
        Map.of("classification", "csv", "skip.header.line.count", "1")));
    registerDays("weather", root, StorageFormat.CSV, "2024/01/05");

    GlueFrame frame = glue.getCatalogSource("raw", "weather").getFrame();

    assertThat(frame.schema().fieldNames()).containsExactly("station", "temp", "year", "month", "day");
    assertThat(frame.toDF().orderBy("station").collectAsList()).extracting(Row::toString)
        .containsExactly("[A,9999.9,2024,01,05]", "[B,51.5,2024,01,05]");
    assertThat(frame.errorsCount()).isEqualTo(1);
    assertThat(frame.errorsAsDynamicFrame().toDF().first().<Long>getAs("line")).isEqualTo(4L);
  }

  @Test
  void getFrame_onAPartitionedCsvTable_thenApplyMapping_castsCellsAndKeepsPartitionValuesAndErrorRecords()
      throws IOException {
    Path root = lake.resolve("orders");
    Files.createDirectories(root.resolve("2024/01/05"));
    Files.createDirectories(root.resolve("2024/01/06"));
    Files.writeString(root.resolve("2024/01/05/a.csv"), "id,amount\n1,12.5\n2,n/a\n");
    Files.writeString(root.resolve("2024/01/06/b.csv"), "id,amount\n3,7\n4\n");
    catalog.createTable("raw", TableInput.external("orders", List.of(Column.of("id", "bigint"),
            Column.of("amount", "double")), List.of(Column.of("year", "string"), Column.of("month", "string"),
            Column.of("day", "string")), root.toString(), StorageFormat.CSV)
        .withParameters(Map.of("classification", "csv", "skip.header.line.count", "1")));
    registerDays("orders", root, StorageFormat.CSV, "2024/01/05", "2024/01/06");
    List<org.gluesuite.runtime.frame.Mapping> mappings = List.of(
        org.gluesuite.runtime.frame.Mapping.of("id", "long", "id", "int"),
        org.gluesuite.runtime.frame.Mapping.of("amount", "double", "amount", "double"),
        org.gluesuite.runtime.frame.Mapping.of("DAY", "string", "day", "int"));

    GlueFrame read = glue.getCatalogSource("raw", "orders").getFrame();
    GlueFrame mapped = read.applyMapping(mappings, false, org.gluesuite.runtime.frame.TransformOptions.DEFAULT);
    // The same mapping of the built frame (amount inferred as a choice of double and string).
    GlueFrame usual = read.repartition(1).applyMapping(mappings, false,
        org.gluesuite.runtime.frame.TransformOptions.DEFAULT);

    assertThat(read.schema().simpleString()).contains("amount:choice{double,long,string}");
    assertThat(mapped.schema()).isEqualTo(usual.schema());
    assertThat(mapped.toDF().orderBy("id").collectAsList()).extracting(Row::toString)
        .containsExactly("[1,12.5,5]", "[2,null,5]", "[3,7.0,6]")
        .isEqualTo(usual.toDF().orderBy("id").collectAsList().stream().map(Row::toString).toList());
    assertThat(mapped.errorsCount()).isEqualTo(1);
    assertThat(mapped.errorsAsDynamicFrame().toDF().first().<String>getAs("source_file")).endsWith("b.csv");
  }

  @Test
  void getFrame_onACsvTableWhoseLinesEndWithADelimiter_givesTheTableColumnsOnly() throws IOException {
    // As the crawler writes such a table: the trailing delimiter's empty columns are not columns of the table.
    Path root = lake.resolve("air");
    Files.createDirectories(root);
    Files.writeString(root.resolve("air.csv"), "Date;CO;;\n10/03/2004;2,6;;\n11/03/2004;2;;\n");
    StorageDescriptor descriptor = new StorageDescriptor(List.of(Column.of("date", "string"),
        Column.of("co", "string")), root.toString(), StorageFormat.CSV.inputFormat(),
        StorageFormat.CSV.outputFormat(), false,
        new SerDeInfo(null, "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", Map.of("field.delim", ";")),
        Map.of());
    catalog.createTable("raw", new TableInput("air", null, null, descriptor, List.of(), null,
        Map.of("classification", "csv", "skip.header.line.count", "1")));

    GlueFrame frame = glue.getCatalogSource("raw", "air").getFrame();

    assertThat(frame.schema().fieldNames()).containsExactly("date", "co");
    assertThat(frame.toDF().orderBy("date").select("date").collectAsList()).extracting(Row::toString)
        .containsExactly("[10/03/2004]", "[11/03/2004]");
    assertThat(frame.errorsCount()).isZero();
  }

  @Test
  void toDF_onAJsonTable_conformsToTheCatalogTypes_andFailsOnAMalformedRowNamingFileAndLine() throws IOException {
    Path root = lake.resolve("strict");
    gzip(root.resolve("2024/01/05/a.json.gz"), "{\"id\": 1, \"price\": 10}\n{\"id\": 2, \"price\": 2.5}\n");
    catalog.createTable("raw", TableInput.external("strict", List.of(Column.of("id", "bigint"),
        Column.of("price", "double"), Column.of("note", "string")), List.of(Column.of("year", "string"),
        Column.of("month", "string"), Column.of("day", "string")), root.toString(), StorageFormat.JSON));
    registerDays("strict", root, StorageFormat.JSON, "2024/01/05");

    org.apache.spark.sql.Dataset<Row> strict = glue.getCatalogSource("raw", "strict").toDF();
    assertThat(strict.schema().simpleString())
        .isEqualTo("struct<id:bigint,price:double,note:string,year:string,month:string,day:string>");
    assertThat(strict.orderBy("id").collectAsList()).extracting(Row::toString)
        .containsExactly("[1,10.0,null,2024,01,05]", "[2,2.5,null,2024,01,05]");

    gzip(root.resolve("2024/01/05/b.json.gz"), "{\"id\": 3}\n{broken\n");
    assertThatThrownBy(() -> glue.getCatalogSource("raw", "strict").toDF())
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("raw.strict").hasMessageContaining("b.json.gz:2").hasMessageContaining("getFrame()");
  }

  @Test
  void readsLocationsWithSpacesInTheirPath() throws IOException {
    Path root = lake.resolve("with space/events");
    TestSpark.session().range(3).write().parquet(root.resolve("2024/01/05").toString());
    catalog.createTable("raw", TableInput.external("spaced", List.of(Column.of("id", "bigint")),
        List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string")),
        root.toString(), StorageFormat.PARQUET));
    registerDays("spaced", root, StorageFormat.PARQUET, "2024/01/05");

    assertThat(glue.getCatalogSource("raw", "spaced").toDF().collectAsList()).extracting(Row::toString)
        .containsExactlyInAnyOrder("[0,2024,01,05]", "[1,2024,01,05]", "[2,2024,01,05]");
  }

  @Test
  void catalogPartitionPredicate_andPushDownPredicate_areBothApplied() throws IOException {
    Path root = lake.resolve("both");
    for (String day : List.of("2024/01/05", "2024/01/06", "2024/02/06")) {
      gzip(root.resolve(day + "/a.json.gz"), "{\"id\": 1}\n");
    }
    catalog.createTable("raw", TableInput.external("both", List.of(Column.of("id", "bigint")),
        List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string")),
        root.toString(), StorageFormat.JSON));
    registerDays("both", root, StorageFormat.JSON, "2024/01/05", "2024/01/06", "2024/02/06");

    CatalogScan scan = glue.getCatalogSource("raw", "both").catalogPartitionPredicate("month = '01'")
        .pushDownPredicate("day = '06'").scan();

    assertThat(scan.partitions()).extracting(p -> String.join("/", p.values())).containsExactly("2024/01/06");
  }

  @Test
  void getSourceWithFormat_readsPaths_honoursExclusions_andRejectsUnknownOptions() throws IOException {
    Path root = lake.resolve("landing");
    Files.createDirectories(root.resolve("2024/01/05"));
    Files.writeString(root.resolve("2024/01/05/a.json"), "{\"k\": 1}\n");
    Files.writeString(root.resolve("2024/01/05/skip.tmp"), "not json\n");
    Files.writeString(root.resolve("top.json"), "{\"k\": 2}\n");

    FileSource source = glue.getSourceWithFormat("json", Map.of("paths", "[\"" + root + "\"]",
        "recurse", "true", "exclusions", "[\"**.tmp\"]"), Map.of());
    assertThat(source.files()).hasSize(2).noneMatch(f -> f.endsWith(".tmp"));
    assertThat(source.getFrame().toDF().orderBy("k").collectAsList()).extracting(Row::toString)
        .containsExactly("[1]", "[2]");

    FileSource flat = glue.getSourceWithFormat("json", Map.of("paths", "[\"" + root + "\"]"), Map.of());
    assertThat(flat.files()).singleElement().satisfies(f -> assertThat(f).endsWith("top.json"));

    assertThatThrownBy(() -> glue.getSourceWithFormat("csv", Map.of("paths", "[\"" + root + "\"]"),
        Map.of("seperator", ";")))
        .isInstanceOf(ContextErrors.InvalidOptionException.class)
        .hasMessageContaining("csv format option 'seperator'").hasMessageContaining("separator");
    assertThatThrownBy(() -> glue.getSourceWithFormat("csv", Map.of("paths", "[\"" + root + "\"]"),
        Map.of("withHeader", "yes")))
        .hasMessageContaining("'yes'").hasMessageContaining("withHeader");
    assertThatThrownBy(() -> glue.getSourceWithFormat("json", Map.of("paths", root.toString()), Map.of()))
        .hasMessageContaining("paths").hasMessageContaining("JSON list");
  }
}
