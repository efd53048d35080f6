package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.frame.FrameFixtures.write;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertRows;
import static org.gluesuite.runtime.testing.DataFrameAssertions.row;
import static org.gluesuite.runtime.testing.DataFrameAssertions.seq;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

class FrameReadersTest {
  private static final StructType PRICE_CHOICE = new StructType()
      .add("int", DataTypes.IntegerType).add("string", DataTypes.StringType);
  private static final StructType CSV_CHOICE = new StructType()
      .add("long", DataTypes.LongType).add("string", DataTypes.StringType);

  @Test
  void json_whenFieldHasTwoTypes_infersChoiceAndNestedTypes() {
    GlueFrame frame = FrameFixtures.jsonFrame(
        "{\"id\": 1, \"price\": 10, \"name\": \"a\"}",
        "{\"id\": 2, \"price\": \"12.5\", \"tags\": [\"x\", \"y\"]}",
        "",
        "{\"id\": 3, \"price\": null, \"address\": {\"city\": \"Paris\"}}");

    assertThat(frame.schema().simpleString()).isEqualTo(
        "struct{id:int,price:choice{int,string},name:string,tags:array<string>,address:struct{city:string}}");
    assertThat(frame.schemaString()).isEqualTo("root\n"
        + "|-- id: int\n"
        + "|-- price: choice\n"
        + "|    |-- int\n"
        + "|    |-- string\n"
        + "|-- name: string\n"
        + "|-- tags: array<string>\n"
        + "|-- address: struct\n"
        + "|    |-- city: string\n");
    StructType expected = new StructType().add("id", DataTypes.IntegerType).add("price", PRICE_CHOICE)
        .add("name", DataTypes.StringType).add("tags", DataTypes.createArrayType(DataTypes.StringType))
        .add("address", new StructType().add("city", DataTypes.StringType));
    assertRows(frame.toDF(), expected,
        row(1, row(10, null), "a", null, null),
        row(2, row(null, "12.5"), null, seq("x", "y"), null),
        row(3, null, null, null, row("Paris")));
    assertThat(frame.errorsCount()).isZero();
  }

  @Test
  void json_wholeNumbersThatFitIn32Bits_areInt_asGlueReadsThem() {
    GlueFrame frame = FrameFixtures.jsonFrame("{\"seats\": 435}", "{\"seats\": 100}",
        "{\"seats\": " + Integer.MAX_VALUE + "}", "{\"seats\": " + Integer.MIN_VALUE + "}");

    assertThat(frame.schema().simpleString()).isEqualTo("struct{seats:int}");
    assertRows(frame.toDF(), new StructType().add("seats", DataTypes.IntegerType),
        row(435), row(100), row(Integer.MAX_VALUE), row(Integer.MIN_VALUE));
  }

  @Test
  void json_aValueBeyond32Bits_isLong_soAFieldWithBothIsAChoiceOfIntAndLong() {
    long beyond = Integer.MAX_VALUE + 1L;
    GlueFrame frame = FrameFixtures.jsonFrame("{\"id\": 7}", "{\"id\": " + beyond + "}");

    assertThat(frame.schema().simpleString()).isEqualTo("struct{id:choice{int,long}}");
    StructType intOrLong = new StructType().add("int", DataTypes.IntegerType).add("long", DataTypes.LongType);
    assertRows(frame.toDF(), new StructType().add("id", intOrLong), row(row(7, null)), row(row(null, beyond)));
    assertRows(frame.resolveChoice(List.of(ResolveChoiceSpec.of("id", "cast:long"))).toDF(),
        new StructType().add("id", DataTypes.LongType), row(7L), row(beyond));
  }

  @Test
  void json_onlyValuesBeyond32Bits_isLong_andBeyond64BitsIsDouble() {
    GlueFrame frame = FrameFixtures.jsonFrame("{\"n\": 3000000000, \"big\": 99999999999999999999}");

    assertThat(frame.schema().simpleString()).isEqualTo("struct{n:long,big:double}");
    assertRows(frame.toDF(), new StructType().add("n", DataTypes.LongType).add("big", DataTypes.DoubleType),
        row(3_000_000_000L, 1e20));
  }

  @Test
  void csv_wholeNumbers_areLongHoweverSmall_asGlueReadsCsv() {
    Path folder = TestSpark.newFolder("csv-long");
    write(folder, "a.csv", "zip,discharges", "36301,91", "36116,38");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT.withHeader(true));

    assertThat(frame.schema().simpleString()).isEqualTo("struct{zip:long,discharges:long}");
  }

  @Test
  void json_whenReadAndCountedTwice_cachesNoRecords_andParsesTheFilesAgain() throws Exception {
    Path folder = TestSpark.newFolder("json-recompute");
    Path file = write(folder, "part.json", "{\"id\": 1}", "{\"id\": 2}");
    int persistedBefore = spark().sparkContext().getPersistentRDDs().size();

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);

    assertThat(frame.count()).isEqualTo(2);
    assertThat(spark().sparkContext().getPersistentRDDs().size()).isEqualTo(persistedBefore);
    // Each action reads the files again (no session-long cache), so a vanished file is named, not half-served.
    java.nio.file.Files.delete(file);
    assertThatThrownBy(() -> frame.toDF().count()).hasStackTraceContaining("part.json");
  }

  @Test
  void json_readsEachFileAsListed_soAnAppendDuringTheRunChangesNothing_andATruncationFailsNamingTheFile()
      throws Exception {
    Path folder = TestSpark.newFolder("json-as-listed");
    Path file = write(folder, "part.json", "{\"id\": 1}", "{\"id\": 2}");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);
    java.nio.file.Files.writeString(file, "{\"id\": 3, \"late\": true}\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(frame.schema().simpleString()).isEqualTo("struct{id:int}");
    assertThat(frame.toDF().collectAsList()).extracting(r -> r.getInt(0)).containsExactly(1, 2);
    java.nio.file.Files.writeString(file, "{\"id\"");
    assertThatThrownBy(() -> frame.toDF().count()).hasStackTraceContaining("part.json")
        .hasStackTraceContaining("bytes it had when the job listed it");
  }

  @Test
  void theConfigurationShippedToExecutors_survivesKryoAndJavaSerialization() {
    org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration(false);
    hadoop.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
    org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf();
    for (org.apache.spark.serializer.Serializer serializer : List.of(
        new org.apache.spark.serializer.KryoSerializer(conf), new org.apache.spark.serializer.JavaSerializer(conf))) {
      org.apache.spark.serializer.SerializerInstance instance = serializer.newInstance();
      scala.reflect.ClassTag<org.apache.spark.util.SerializableConfiguration> tag =
          scala.reflect.ClassTag$.MODULE$.apply(org.apache.spark.util.SerializableConfiguration.class);
      org.apache.spark.util.SerializableConfiguration back = instance.deserialize(
          instance.serialize(FrameReaders.shipped(hadoop), tag), tag);
      assertThat(back.value()).as(serializer.getClass().getSimpleName()).isNotNull();
      assertThat(back.value().get("fs.s3a.endpoint")).isEqualTo("http://127.0.0.1:9000");
    }
  }

  @Test
  void json_whenStructsAndArraysDiffer_mergesRecursively() {
    GlueFrame frame = FrameFixtures.jsonFrame(
        "{\"a\": {\"x\": 1}, \"items\": [{\"p\": 1}, {\"p\": \"2\"}]}",
        "{\"a\": {\"y\": true}, \"items\": [], \"n\": null}");

    assertThat(frame.schema().simpleString()).isEqualTo(
        "struct{a:struct{x:int,y:boolean},items:array<struct{p:choice{int,string}}>,n:null}");
    assertThat(frame.count()).isEqualTo(2);
  }

  @Test
  void json_whenLineIsMalformed_makesErrorRecordWithFileAndLine() {
    Path folder = TestSpark.newFolder("bad-json");
    Path file = write(folder, "part.json", "{\"id\": 1}", "{\"id\": 2,, \"x\": 1}", "[1, 2]", "{\"id\": 3}");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);

    assertThat(frame.count()).isEqualTo(2);
    assertThat(frame.errorsCount()).isEqualTo(2);
    assertThat(frame.stageErrorsCount()).isEqualTo(2);
    Dataset<Row> errors = frame.errorsAsDynamicFrame().toDF();
    assertThat(errors.columns()).containsExactly("source_file", "line", "transformation",
        "transformation_context", "info", "message", "record");
    List<Row> rows = errors.orderBy("line").collectAsList();
    assertThat(rows.get(0).getString(0)).isEqualTo(file.toUri().toString().replace("file:///", "file:/"));
    assertThat(rows.get(0).getLong(1)).isEqualTo(2L);
    assertThat(rows.get(0).getString(2)).isEqualTo("read_json");
    assertThat(rows.get(0).getString(5)).isEqualTo(
        "Unexpected character (',' (code 44)): was expecting double-quote to start field name at column 11");
    assertThat(rows.get(0).getString(6)).isEqualTo("{\"id\": 2,, \"x\": 1}");
    assertThat(rows.get(1).getLong(1)).isEqualTo(3L);
    assertThat(rows.get(1).getString(5)).isEqualTo(
        "The record is an array, not a JSON object (use jsonPath '$[*]' to read the elements of a top-level array)");
  }

  @Test
  void json_whenGzipped_decompressesByExtension() {
    Path folder = TestSpark.newFolder("gz");
    FrameFixtures.writeGzip(folder, "a.json.gz", "{\"id\": 1}", "{\"id\": 2}");
    write(folder.resolve("sub"), "b.json", "{\"id\": 3}");
    write(folder, "_SUCCESS");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);

    assertRows(frame.toDF(), new StructType().add("id", DataTypes.IntegerType), row(1), row(2), row(3));
  }

  @Test
  void json_whenMultiLineWithJsonPath_readsArrayElementsWithTheirLines() {
    Path folder = TestSpark.newFolder("multiline");
    write(folder, "doc.json", "{\"records\": [", "  {\"id\": 1},", "  {\"id\": \"two\"}", "], \"other\": 5}");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()),
        JsonReadOptions.DEFAULT.withMultiLine(true).withJsonPath("$.records[*]"));

    assertThat(frame.schema().simpleString()).isEqualTo("struct{id:choice{int,string}}");
    assertRows(frame.toDF(), new StructType().add("id", PRICE_CHOICE), row(row(1, null)), row(row(null, "two")));
  }

  @Test
  void json_whenMultiLineDocumentBreaks_reportsTheLine() {
    Path folder = TestSpark.newFolder("multiline-bad");
    write(folder, "doc.json", "[", "  {\"id\": 1},", "  {\"id\" 2}", "]");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()),
        JsonReadOptions.DEFAULT.withMultiLine(true).withJsonPath("$[*]"));

    assertThat(frame.count()).isEqualTo(1);
    Row error = frame.errorsAsDynamicFrame().toDF().collectAsList().get(0);
    assertThat(error.getLong(1)).isEqualTo(3L);
    assertThat(error.getString(5)).startsWith("Unexpected character ('2' (code 50)): was expecting a colon");
    assertThat(error.getString(5)).endsWith("at line 3 column 10");
    assertThat(error.getString(6)).isEqualTo("  {\"id\" 2}");
  }

  @Test
  void json_whenReadTwice_givesTheSameFrame() {
    Path folder = TestSpark.newFolder("twice");
    write(folder, "b.json", "{\"b\": 1, \"a\": 2}");
    write(folder, "a.json", "{\"z\": 1}", "{\"a\": \"x\"}");

    GlueFrame first = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);
    GlueFrame second = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);

    assertThat(first.schema()).isEqualTo(second.schema());
    assertThat(first.schema().simpleString()).isEqualTo("struct{z:int,a:choice{int,string},b:int}");
  }

  @Test
  void json_whenPathMissing_failsNamingIt() {
    assertThatThrownBy(() -> FrameReaders.json(spark(), List.of("/no/such/dir"), JsonReadOptions.DEFAULT))
        .isInstanceOf(FrameReadException.class)
        .hasMessageStartingWith("Source path '/no/such/dir' does not exist.");
  }

  @Test
  void json_whenJsonPathUnsupported_explains() {
    assertThatThrownBy(() -> FrameReaders.json(spark(), List.of("/x"), JsonReadOptions.DEFAULT
        .withJsonPath("$..id")))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageContaining("jsonPath '$..id' is not supported");
  }

  @Test
  void csv_withoutHeader_namesColumnsAndInfersCellTypes() {
    Path folder = TestSpark.newFolder("csv");
    write(folder, "a.csv", "1,\"a,b\",2.5,true", "2,,x,false", "x,\"say \"\"hi\"\"\",,TRUE");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT);

    assertThat(frame.schema().simpleString()).isEqualTo(
        "struct{col0:choice{long,string},col1:string,col2:choice{double,string},col3:boolean}");
    StructType doubleOrString = new StructType().add("double", DataTypes.DoubleType)
        .add("string", DataTypes.StringType);
    assertRows(frame.toDF(), new StructType().add("col0", CSV_CHOICE).add("col1", DataTypes.StringType)
            .add("col2", doubleOrString).add("col3", DataTypes.BooleanType),
        row(row(1L, null), "a,b", row(2.5, null), true),
        row(row(2L, null), null, row(null, "x"), false),
        row(row(null, "x"), "say \"hi\"", null, true));
  }

  @Test
  void csv_withHeaderSeparatorAndSkipFirst_usesHeaderNames() {
    Path folder = TestSpark.newFolder("csv-header");
    write(folder, "a.csv", "id|name", "0|skipped", "1|'x|y'", "2|b");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT
        .withSeparator('|').withQuoteChar('\'').withHeader(true).withSkipFirst(true));

    assertRows(frame.toDF(), new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType),
        row(1L, "x|y"), row(2L, "b"));
  }

  @Test
  void csv_withHeader_aTrailingDelimiterOnEveryLine_addsNoColumns_andTypesAreInferred() {
    // The UCI air-quality export's shape: ';' separated, decimal commas, every line ending with ";;".
    Path folder = TestSpark.newFolder("csv-trailing");
    write(folder, "air.csv", "Date;Time;CO(GT);PT08.S1(CO);T;;", "10/03/2004;18.00.00;2,6;1360;13,6;;",
        "10/03/2004;19.00.00;2;1292;13,3;;");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()),
        CsvReadOptions.DEFAULT.withSeparator(';').withHeader(true));

    assertThat(frame.schema().simpleString())
        .isEqualTo("struct{Date:string,Time:string,CO(GT):choice{long,string},PT08.S1(CO):long,T:string}");
    assertThat(frame.errorsCount()).isZero();
    assertThat(frame.toDF().orderBy("Time").collectAsList()).extracting(Row::toString).containsExactly(
        "[10/03/2004,18.00.00,[null,2,6],1360,13,6]", "[10/03/2004,19.00.00,[2,null],1292,13,3]");
  }

  @Test
  void csv_withHeader_aValueUnderAnUnnamedTrailingColumn_isKeptAsColN() {
    Path folder = TestSpark.newFolder("csv-trailing-value");
    write(folder, "a.csv", "id,name,", "1,ann,", "2,bob,late");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT.withHeader(true));

    assertThat(frame.schema().simpleString()).isEqualTo("struct{id:long,name:string,col2:string}");
    assertThat(frame.toDF().orderBy("id").collectAsList()).extracting(Row::toString)
        .containsExactly("[1,ann,null]", "[2,bob,late]");
  }

  @Test
  void csv_quotedCells_stayStrings_soCodesKeepTheirLeadingZeros() {
    Path folder = TestSpark.newFolder("csv-quoted");
    write(folder, "a.csv", "zip,count", "\"02134\",7", "\"10001\",8");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT.withHeader(true));

    assertRows(frame.toDF(), new StructType().add("zip", DataTypes.StringType).add("count", DataTypes.LongType),
        row("02134", 7L), row("10001", 8L));
  }

  @Test
  void csv_whenRowIsBroken_makesErrorRecords() {
    Path folder = TestSpark.newFolder("csv-bad");
    write(folder, "a.csv", "id,name", "1,a", "2,b,extra", "3,\"open", "4,d");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()),
        CsvReadOptions.DEFAULT.withHeader(true));

    assertThat(frame.count()).isEqualTo(2);
    List<Row> errors = frame.errorsAsDynamicFrame().toDF().orderBy("line").collectAsList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getLong(1)).isEqualTo(3L);
    assertThat(errors.get(0).getString(2)).isEqualTo("read_csv");
    assertThat(errors.get(0).getString(5)).isEqualTo("Expected 2 fields (as in the header) but found 3");
    assertThat(errors.get(0).getString(6)).isEqualTo("2,b,extra");
    assertThat(errors.get(1).getLong(1)).isEqualTo(4L);
    assertThat(errors.get(1).getString(5)).isEqualTo("Unterminated quoted field: the quote starting at column 3 "
        + "is not closed on this line (set multiLine=true if quoted fields contain line breaks)");
  }

  @Test
  void csv_whenMultiLine_readsQuotedLineBreaksAndEscaper() {
    Path folder = TestSpark.newFolder("csv-multi");
    write(folder, "a.csv", "1,\"two", "lines\"", "2,a\\,b");

    GlueFrame frame = FrameReaders.csv(spark(), List.of(folder.toString()),
        CsvReadOptions.DEFAULT.withMultiLine(true).withEscaper('\\'));

    assertRows(frame.toDF(), new StructType().add("col0", DataTypes.LongType).add("col1", DataTypes.StringType),
        row(1L, "two\nlines"), row(2L, "a,b"));
  }

  @Test
  void read_whenErrorsReachStageThreshold_failsAtTheActionWithSamples() {
    Path folder = TestSpark.newFolder("threshold");
    write(folder, "a.json", "{\"id\": 1}", "nope", "{oops");

    GlueFrame frame = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT,
        TransformOptions.thresholds(2, 10).withContext("src"));
    assertThatThrownBy(frame::count)
        .isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageStartingWith("Transformation 'read_json' (context 'src') produced 2 error record(s), reaching "
            + "its stageThreshold of 2. First errors: [Unrecognized token 'nope'");
  }
}
