package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.jsonFrame;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.frame.FrameFixtures.write;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertRows;
import static org.gluesuite.runtime.testing.DataFrameAssertions.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

class GlueFrameRecordTransformsTest {
  private static final StructType ERRORS = ErrorRecords.SCHEMA;

  private static GlueFrame people() {
    return jsonFrame("{\"id\": 1, \"name\": \"Ann\"}", "{\"id\": 2, \"name\": \"Bob\"}",
        "{\"id\": 3, \"name\": null}");
  }

  @Test
  void map_whenFunctionThrows_makesErrorRecordAndKeepsGoing() {
    GlueFrame mapped = people().map(r -> r.set("upper", r.getString("name").toUpperCase())
        .set("meta.len", r.getString("name").length()), TransformOptions.context("upper").withInfo("names"));

    assertThat(mapped.schema().simpleString())
        .isEqualTo("struct{id:int,name:string,upper:string,meta:struct{len:int}}");
    assertRows(mapped.toDF(), new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType)
            .add("upper", DataTypes.StringType).add("meta", new StructType().add("len", DataTypes.IntegerType)),
        row(1, "Ann", "ANN", row(3)), row(2, "Bob", "BOB", row(3)));
    assertThat(mapped.stageErrorsCount()).isEqualTo(1);
    assertThat(mapped.errorsCount()).isEqualTo(1);
    assertRows(mapped.errorsAsDynamicFrame().toDF(), ERRORS,
        row(null, null, "map", "upper", "names", "NullPointerException: Cannot invoke \"String.toUpperCase()\" "
            + "because the return value of \"org.gluesuite.runtime.frame.GlueRecord.getString(String)\" is null",
            "{\"id\":3,\"name\":null}"));
  }

  @Test
  void filter_whenPredicateThrows_makesErrorRecord() {
    GlueFrame kept = people().filter(r -> {
      if (r.getLong("id") == 3L) {
        throw new IllegalStateException("id 3 is reserved");
      }
      return r.getLong("id") > 1;
    });

    assertRows(kept.toDF(), new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType),
        row(2, "Bob"));
    assertRows(kept.errorsAsDynamicFrame().toDF(), ERRORS,
        row(null, null, "filter", "", "", "IllegalStateException: id 3 is reserved", "{\"id\":3,\"name\":null}"));
  }

  @Test
  void withDF_keepsTheErrorRecordsOfEarlierStepsWhereFromDFStartsAfresh() {
    GlueFrame kept = people().filter(r -> {
      if (r.getLong("id") == 3L) {
        throw new IllegalStateException("id 3 is reserved");
      }
      return true;
    });
    org.apache.spark.sql.Dataset<Row> upper = kept.toDF().selectExpr("id", "upper(name) AS name");

    GlueFrame carried = kept.withDF(upper);

    assertRows(carried.toDF(), new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType),
        row(1, "ANN"), row(2, "BOB"));
    assertThat(carried.schema().simpleString()).isEqualTo("struct{id:int,name:string}");
    assertThat(carried.errorsCount()).isEqualTo(1);
    assertThat(carried.errorsAsDynamicFrame().toDF().first().getAs(ErrorRecords.MESSAGE).toString())
        .contains("id 3 is reserved");
    assertThat(GlueFrame.fromDF(upper, "fresh").errorsCount()).isZero();
  }

  @Test
  void filter_keepsChoiceValuesAndSchema() {
    GlueFrame frame = jsonFrame("{\"v\": 1}", "{\"v\": \"a\"}");

    GlueFrame kept = frame.filter(r -> r.get("v") instanceof String);

    assertThat(kept.schema().simpleString()).isEqualTo("struct{v:choice{int,string}}");
    assertRows(kept.toDF(), new StructType().add("v", new StructType().add("int", DataTypes.IntegerType)
        .add("string", DataTypes.StringType)), row(row(null, "a")));
  }

  @Test
  void stageThreshold_whenReached_failsTheActionNamingStepCountsAndSamples() {
    GlueFrame kept = people().filter(r -> r.getString("name").isEmpty(),
        TransformOptions.thresholds(1, 10).withContext("names"));
    assertThatThrownBy(kept::count)
        .isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageStartingWith("Transformation 'filter' (context 'names') produced 1 error record(s), reaching "
            + "its stageThreshold of 1. First errors: [NullPointerException");
  }

  @Test
  void totalThreshold_countsEarlierSteps() {
    Path folder = TestSpark.newFolder("total");
    write(folder, "a.json", "{\"id\": 1}", "{broken", "{\"id\": 2}");
    GlueFrame read = FrameReaders.json(spark(), List.of(folder.toString()), JsonReadOptions.DEFAULT);
    assertThat(read.errorsCount()).isEqualTo(1);

    GlueFrame filtered = read.filter(r -> r.getLong("id") == 1);
    assertThat(filtered.errorsCount()).isEqualTo(1);
    assertThat(filtered.stageErrorsCount()).isZero();
    assertThat(filtered.selectFields(List.of("id")).errorsCount()).isEqualTo(1);

    GlueFrame failing = read.map(r -> {
      throw new IllegalArgumentException("no");
    }, TransformOptions.thresholds(5, 3));
    ErrorThresholdExceededException e = org.junit.jupiter.api.Assertions.assertThrows(
        ErrorThresholdExceededException.class, failing::count);
    assertThat(e.transformation()).isEqualTo("map");
    assertThat(e.errors()).isEqualTo(3);
    assertThat(e.threshold()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith("Transformation 'map' brought the error records up to and including it to "
        + "3 (2 from this step), reaching its totalThreshold of 3.");
  }

  @Test
  void assertErrorThreshold_passesWhenWithinThresholds() {
    GlueFrame frame = people();
    assertThat(frame.assertErrorThreshold()).isSameAs(frame);
    assertThat(frame.errorsAsDynamicFrame().count()).isZero();
  }

  @Test
  void unbox_json_parsesIntoStructAndRejectsBadText() {
    GlueFrame frame = jsonFrame("{\"id\": 1, \"payload\": \"{\\\"a\\\": 1, \\\"b\\\": \\\"x\\\"}\"}",
        "{\"id\": 2, \"payload\": \"{\\\"a\\\": 2}\"}", "{\"id\": 3, \"payload\": \"not json\"}",
        "{\"id\": 4}");

    GlueFrame unboxed = frame.unbox("payload", UnboxOptions.json());

    assertThat(unboxed.schema().simpleString()).isEqualTo("struct{id:int,payload:struct{a:int,b:string}}");
    assertRows(unboxed.toDF(), new StructType().add("id", DataTypes.IntegerType).add("payload",
            new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType)),
        row(1, row(1, "x")), row(2, row(2, null)), row(4, null));
    Row error = unboxed.errorsAsDynamicFrame().toDF().collectAsList().get(0);
    assertThat(error.getString(2)).isEqualTo("unbox");
    assertThat(error.getString(5)).startsWith("JsonParseException: Unrecognized token 'not'");
    assertThat(error.getString(6)).isEqualTo("{\"id\":3,\"payload\":\"not json\"}");
  }

  @Test
  void unbox_csv_usesSeparatorAndColumnNames() {
    GlueFrame frame = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (1, 'Paris;75;true'), (2, 'Lyon;69;false') AS t(id, address)"), "cities");

    GlueFrame unboxed = frame.unbox("address", UnboxOptions.csv(';')
        .withColumnNames(List.of("city", "dept", "capital")));

    assertRows(unboxed.toDF(), new StructType().add("id", DataTypes.IntegerType).add("address", new StructType()
            .add("city", DataTypes.StringType).add("dept", DataTypes.LongType).add("capital", DataTypes.BooleanType)),
        row(1, row("Paris", 75L, true)), row(2, row("Lyon", 69L, false)));
    assertThatThrownBy(() -> frame.unbox("id", UnboxOptions.json()))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("unbox: 'id' is int, not string.");
  }

  @Test
  void relationalize_pivotsArraysIntoFramesWithIdAndIndex() {
    GlueFrame frame = jsonFrame(
        "{\"id\": 1, \"name\": {\"first\": \"A\"}, \"items\": [{\"sku\": \"a\", \"tags\": [\"t1\", \"t2\"]}, "
            + "{\"sku\": \"b\", \"tags\": []}], \"nums\": [5, 6]}",
        "{\"id\": 2, \"name\": {\"first\": \"B\"}, \"items\": null, \"nums\": [7]}");

    Map<String, GlueFrame> frames = frame.relationalize("root", "/tmp/unused");

    assertThat(frames.keySet()).containsExactly("root", "root_items", "root_items.val.tags", "root_nums");
    assertRows(frames.get("root").toDF(), new StructType().add("id", DataTypes.IntegerType)
            .add("name.first", DataTypes.StringType).add("items", DataTypes.LongType).add("nums", DataTypes.LongType),
        row(1, "A", 1L, 1L), row(2, "B", null, 2L));
    assertRows(frames.get("root_items").toDF(), new StructType().add("id", DataTypes.LongType)
            .add("index", DataTypes.IntegerType).add("items.val.sku", DataTypes.StringType)
            .add("items.val.tags", DataTypes.LongType),
        row(1L, 0, "a", 1L), row(1L, 1, "b", 2L));
    assertRows(frames.get("root_items.val.tags").toDF(), new StructType().add("id", DataTypes.LongType)
            .add("index", DataTypes.IntegerType).add("items.val.tags.val", DataTypes.StringType),
        row(1L, 0, "t1"), row(1L, 1, "t2"));
    assertRows(frames.get("root_nums").toDF(), new StructType().add("id", DataTypes.LongType)
            .add("index", DataTypes.IntegerType).add("nums.val", DataTypes.IntegerType),
        row(1L, 0, 5), row(1L, 1, 6), row(2L, 0, 7));
  }

  @Test
  void spigot_writesSampleAndPassesFrameThrough() throws Exception {
    GlueFrame frame = jsonFrame("{\"id\": 1, \"v\": 1}", "{\"id\": 2, \"v\": \"x\"}", "{\"id\": 3}");
    Path out = TestSpark.newFolder("spigot").resolve("sample");

    GlueFrame passed = frame.spigot(out.toString(), SpigotOptions.topk(2));

    assertThat(passed.toDF()).as("the same records").isSameAs(frame.toDF());
    assertThat(passed.schema()).isEqualTo(frame.schema());
    List<String> lines;
    try (Stream<Path> files = Files.list(out)) {
      lines = files.filter(p -> p.getFileName().toString().startsWith("part-"))
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).collect(Collectors.toList());
    }
    assertThat(lines).containsExactly("{\"id\":1,\"v\":1}", "{\"id\":2,\"v\":\"x\"}");
    assertThatThrownBy(() -> new SpigotOptions(1, 1.5, 1))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessage("Option prob=1.5 is invalid: it is a probability between 0 and 1.");
  }

  @Test
  void mergeDynamicFrame_stagingReplacesSameKeyAndAddsNew() {
    GlueFrame source = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (1, 'a'), (2, 'b'), (CAST(NULL AS INT), 'n') AS t(id, v)"), "source");
    GlueFrame staging = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (1, 'A', true), (3, 'C', false) AS t(id, v, flag)"), "staging");

    GlueFrame merged = source.mergeDynamicFrame(staging, List.of("id"));

    assertRows(merged.toDF(), new StructType().add("id", DataTypes.IntegerType).add("v", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType),
        row(1, "A", true), row(2, "b", null), row(null, "n", null), row(3, "C", false));
    assertThatThrownBy(() -> source.mergeDynamicFrame(staging, List.of("flag")))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("mergeDynamicFrame: key 'flag' is not a field of the source frame");
  }

  @Test
  void union_whenTypesDiffer_makesChoice() {
    GlueFrame a = jsonFrame("{\"id\": 1}");
    GlueFrame b = jsonFrame("{\"id\": \"x\", \"extra\": true}");

    GlueFrame both = a.union(b);

    assertThat(both.schema().simpleString()).isEqualTo("struct{id:choice{int,string},extra:boolean}");
    assertRows(both.toDF(), new StructType().add("id", new StructType().add("int", DataTypes.IntegerType)
            .add("string", DataTypes.StringType)).add("extra", DataTypes.BooleanType),
        row(row(1, null), null), row(row(null, "x"), true));
  }

  @Test
  void repartitionCoalesceAndCount_keepRecords() {
    GlueFrame frame = people().repartition(3).coalesce(1);

    assertThat(frame.count()).isEqualTo(3);
    assertThat(frame.toDF().rdd().getNumPartitions()).isEqualTo(1);
  }
}
