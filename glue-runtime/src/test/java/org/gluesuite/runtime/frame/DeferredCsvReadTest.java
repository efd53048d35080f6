package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.frame.FrameFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * A CSV read mapped before its frame is built reads its files once; what it gives must be exactly what mapping the
 * built frame (schema inferred, choices and all) gives.
 */
class DeferredCsvReadTest {
  private static final CsvReadOptions DECLARED = CsvReadOptions.DEFAULT
      .withColumnNames(List.of("id", "price", "flag", "note", "ts"));
  private static final List<Mapping> MAPPINGS = List.of(
      Mapping.of("id", "long", "id", "int"),
      Mapping.of("price", "string", "price", "double"),
      Mapping.of("price", "string", "price_text", "string"),
      Mapping.of("flag", "boolean", "flag_text", "string"),
      Mapping.of("note", "string", "note", "long"),
      Mapping.of("ts", "string", "when.ts", "timestamp"));

  private static Path mixedCells() {
    Path folder = TestSpark.newFolder("deferred-csv");
    write(folder, "a.csv",
        "1,12,true,\"007\",2024-01-05 10:00:00",
        "2,abc,false,x,2024-01-06 00:00:00",
        "3,1.5,TRUE,,not a time",
        "4,\"12\",,y,2024-01-07 01:02:03",
        "5,6,7");
    return folder;
  }

  private static List<String> rows(GlueFrame frame) {
    return frame.toDF().orderBy("id").collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void applyMapping_beforeTheFrameIsBuilt_readsOnce_andGivesWhatMappingTheBuiltFrameGives() {
    GlueFrame read = FrameReaders.csv(spark(), List.of(mixedCells().toString()), DECLARED);

    GlueFrame direct = read.applyMapping(MAPPINGS);
    // coalesce makes an ordinary frame of the same records: its mapping goes through the inferred schema.
    GlueFrame usual = read.coalesce(1).applyMapping(MAPPINGS);

    assertThat(usual.schema().simpleString()).isEqualTo(
        "struct{id:int,price:double,price_text:string,flag_text:string,note:long,when:struct{ts:timestamp}}");
    assertThat(direct.schema()).isEqualTo(usual.schema());
    assertThat(rows(direct)).isEqualTo(rows(usual)).containsExactly(
        "[1,12.0,12,true,7,[2024-01-05 10:00:00.0]]",
        "[2,null,abc,false,null,[2024-01-06 00:00:00.0]]",
        "[3,1.5,1.5,true,null,[null]]",
        "[4,12.0,12,null,null,[2024-01-07 01:02:03.0]]");
    assertThat(direct.toDF().schema()).isEqualTo(usual.toDF().schema());
  }

  @Test
  void applyMapping_beforeTheFrameIsBuilt_keepsTheReadsErrorRecords_withoutBuildingTheFrame() {
    GlueFrame read = FrameReaders.csv(spark(), List.of(mixedCells().toString()), DECLARED,
        TransformOptions.DEFAULT.withContext("orders"));

    GlueFrame mapped = read.applyMapping(MAPPINGS);

    assertThat(mapped.errorsCount()).isEqualTo(1);
    Row error = mapped.errorsAsDynamicFrame().toDF().first();
    assertThat(error.<Long>getAs("line")).isEqualTo(5L);
    assertThat(error.<String>getAs("transformation")).isEqualTo("read_csv");
    assertThat(error.<String>getAs("transformation_context")).isEqualTo("orders");
    assertThat(read.errorsCount()).isEqualTo(1);
    assertThat(read.built()).as("no schema pass was needed").isFalse();
    // One step, whichever frame is asked: a job run files the read's error records once.
    assertThat(GlueFrame.errorStepsBeyond(List.of(mapped), List.of(read))).isEmpty();
  }

  @Test
  void applyMapping_beforeTheFrameIsBuilt_stillChecksTheReadsThresholdsAtTheAction() {
    GlueFrame read = FrameReaders.csv(spark(), List.of(mixedCells().toString()), DECLARED,
        TransformOptions.thresholds(1, 0).withContext("orders"));

    GlueFrame mapped = read.applyMapping(MAPPINGS);

    assertThatThrownBy(mapped::count).isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageContaining("read_csv").hasMessageContaining("Expected 5 fields");
  }

  @Test
  void applyMapping_ofAColumnNoNameDeclares_buildsTheFrame_soALateValueIsFound() {
    Path folder = TestSpark.newFolder("deferred-csv-extra");
    write(folder, "a.csv", "1,a,", "2,b,late");
    GlueFrame read = FrameReaders.csv(spark(), List.of(folder.toString()),
        CsvReadOptions.DEFAULT.withColumnNames(List.of("id", "name")));

    GlueFrame mapped = read.applyMapping(List.of(Mapping.of("id", "long", "id", "long"),
        Mapping.of("col2", "string", "extra", "string")));

    assertThat(read.built()).isTrue();
    assertThat(rows(mapped)).containsExactly("[1,null]", "[2,late]");
  }

  @Test
  void applyMapping_toAComplexType_orWithAHeaderRead_buildsTheFrame() {
    GlueFrame declared = FrameReaders.csv(spark(), List.of(mixedCells().toString()), DECLARED);
    GlueFrame kept = declared.applyMapping(List.of(Mapping.of("price", "string", "price", "choice")));
    assertThat(declared.built()).isTrue();
    assertThat(kept.schema().simpleString()).isEqualTo("struct{price:choice{double,long,string}}");

    Path folder = TestSpark.newFolder("deferred-csv-header");
    write(folder, "a.csv", "id,name", "1,a");
    GlueFrame headed = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT.withHeader(true));
    assertThat(headed.applyMapping(List.of(Mapping.of("name", "string", "name", "string"))).toDF().collectAsList())
        .extracting(Row::toString).containsExactly("[a]");
    assertThat(headed.built()).isTrue();
  }
}
