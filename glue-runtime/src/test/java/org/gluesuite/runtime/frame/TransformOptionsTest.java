package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.frame.FrameFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transform honours its {@link TransformOptions} with Glue's meaning: the context names the step, {@code info}
 * goes on the step's error records, and a threshold fails the frame at its next action once the step's error
 * records (stageThreshold) or all error records up to and including it (totalThreshold) reach it; 0 is no limit.
 */
class TransformOptionsTest {
  /** Error records of the read every frame below starts from. */
  private static final int READ_ERRORS = 3;

  /** Two good records (a choice in price, an array in tags, JSON text in box) and three malformed lines. */
  private static Path jsonWithReadErrors() {
    Path folder = TestSpark.newFolder("options");
    write(folder, "a.json", "{\"id\": 1, \"name\": \"a\", \"price\": 1, \"tags\": [1, 2], \"box\": \"{\\\"k\\\": 1}\"}",
        "{broken", "{\"id\": 2, \"name\": \"b\", \"price\": \"x\", \"tags\": [], \"box\": \"nope\"}",
        "{broken too", "{and again");
    return folder;
  }

  private static GlueFrame withReadErrors() {
    return FrameReaders.json(spark(), List.of(jsonWithReadErrors().toString()), JsonReadOptions.DEFAULT,
        TransformOptions.context("src"));
  }

  private static GlueFrame other() {
    return FrameFixtures.jsonFrame("{\"id\": 1, \"city\": \"Oslo\"}", "{\"id\": 2, \"city\": \"Rome\"}");
  }

  /** A transform that adds no error records of its own, and every frame it returns. */
  record Step(String transformation, BiFunction<GlueFrame, TransformOptions, List<GlueFrame>> apply) {
    @Override
    public String toString() {
      return transformation;
    }
  }

  static Stream<Step> carryingSteps() {
    return Stream.of(
        new Step("applyMapping", (f, o) -> List.of(f.applyMapping(List.of(Mapping.of("price", "string", "p", "int")),
            true, o))),
        new Step("resolveChoice", (f, o) -> List.of(f.resolveChoice(List.of(ResolveChoiceSpec.of("price",
            "cast:long")), org.gluesuite.catalog.types.TableSchema.NONE, o))),
        new Step("resolveChoice", (f, o) -> List.of(f.resolveChoice("make_cols", org.gluesuite.catalog.types.TableSchema.NONE, o))),
        new Step("dropNullFields", (f, o) -> List.of(f.dropNullFields(o))),
        new Step("dropFields", (f, o) -> List.of(f.dropFields(List.of("name"), o))),
        new Step("renameField", (f, o) -> List.of(f.renameField("name", "label", o))),
        new Step("selectFields", (f, o) -> List.of(f.selectFields(List.of("id"), o))),
        new Step("splitFields", (f, o) -> {
          Split<GlueFrame> split = f.splitFields(List.of("id"), o);
          return List.of(split.first(), split.second());
        }),
        new Step("splitRows", (f, o) -> {
          Split<GlueFrame> split = f.splitRows(List.of(RowComparison.of("id", ">", 1L)), o);
          return List.of(split.first(), split.second());
        }),
        new Step("join", (f, o) -> List.of(f.join(List.of("id"), List.of("oid"), other().renameField("id", "oid"),
            o))),
        new Step("unnest", (f, o) -> List.of(f.unnest(o))),
        new Step("relationalize", (f, o) -> List.copyOf(f.relationalize("root", "/tmp/unused", o).values())),
        new Step("mergeDynamicFrame", (f, o) -> List.of(f.mergeDynamicFrame(f.selectFields(List.of("id", "name")),
            List.of("id"), o))),
        new Step("union", (f, o) -> List.of(f.union(other(), o))),
        new Step("spigot", (f, o) -> List.of(f.spigot(TestSpark.newFolder("spigot").resolve("s").toString(),
            SpigotOptions.topk(1), o))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("carryingSteps")
  void totalThreshold_reachedByEarlierErrors_failsTheStepAtTheAction_namingContextCountAndThreshold(Step step) {
    GlueFrame read = withReadErrors();
    TransformOptions options = TransformOptions.context("ctx").withThresholds(0, READ_ERRORS);
    List<GlueFrame> results = step.transformation().equals("spigot") ? List.of() : step.apply().apply(read, options);

    for (GlueFrame result : results) {
      assertThat(result.transformationContext()).isEqualTo("ctx");
      assertThat(result.stageErrorsCount()).isZero();
      assertThat(result.errorsCount()).isEqualTo(READ_ERRORS);
      assertThatThrownBy(result::count).isInstanceOfSatisfying(ErrorThresholdExceededException.class, e -> {
        assertThat(e.transformation()).isEqualTo(step.transformation());
        assertThat(e.transformationContext()).isEqualTo("ctx");
        assertThat(e.errors()).isEqualTo(READ_ERRORS);
        assertThat(e.threshold()).isEqualTo(READ_ERRORS);
        assertThat(e).hasMessageContaining("Transformation '" + step.transformation() + "' (context 'ctx')")
            .hasMessageContaining("totalThreshold of " + READ_ERRORS).hasMessageContaining("a.json:2");
      });
    }
    if (step.transformation().equals("spigot")) {
      // spigot writes its sample right away: that is its action.
      assertThatThrownBy(() -> step.apply().apply(read, options))
          .isInstanceOf(ErrorThresholdExceededException.class).hasMessageContaining("totalThreshold of 3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("carryingSteps")
  void thresholdsAboveTheErrors_orZero_letTheActionRun(Step step) {
    GlueFrame read = withReadErrors();
    for (TransformOptions options : List.of(TransformOptions.thresholds(1, READ_ERRORS + 1),
        TransformOptions.DEFAULT)) {
      for (GlueFrame result : step.apply().apply(read, options)) {
        assertThat(result.count()).isGreaterThanOrEqualTo(0);
        assertThat(result.assertErrorThreshold()).isSameAs(result);
      }
    }
  }

  // ---- steps that make error records --------------------------------------------------------------------------

  /** A step that makes error records: the frame before it, and what it does with the options. */
  record Producing(String transformation, int errors, BiFunction<GlueFrame, TransformOptions, GlueFrame> apply) {
    @Override
    public String toString() {
      return transformation;
    }
  }

  static Stream<Producing> producingSteps() {
    return Stream.of(
        new Producing("map", 1, (f, o) -> f.map(r -> {
          if (r.getLong("id") == 2L) {
            throw new IllegalArgumentException("id 2 is refused");
          }
          return r;
        }, o)),
        new Producing("filter", 2, (f, o) -> f.filter(r -> {
          throw new IllegalStateException("no predicate today");
        }, o)),
        new Producing("unbox", 1, (f, o) -> f.unbox("box", UnboxOptions.json(), o)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("producingSteps")
  void stageThreshold_reachedByTheStepsOwnErrors_failsAtTheAction_notAtTheCall(Producing step) {
    GlueFrame read = withReadErrors();
    GlueFrame result = step.apply().apply(read, TransformOptions.context("mine").withInfo("checked")
        .withThresholds(step.errors(), 0));

    assertThat(result.stageErrorsCount()).isEqualTo(step.errors());
    assertThat(result.errorsCount()).isEqualTo(READ_ERRORS + step.errors());
    assertThat(result.transformationContext()).isEqualTo("mine");
    List<Row> own = result.errorsAsDynamicFrame().toDF()
        .filter("transformation = '" + step.transformation() + "'").collectAsList();
    assertThat(own).hasSize(step.errors()).allSatisfy(r -> {
      assertThat(r.<String>getAs(ErrorRecords.TRANSFORMATION_CONTEXT)).isEqualTo("mine");
      assertThat(r.<String>getAs(ErrorRecords.INFO)).isEqualTo("checked");
    });
    assertThatThrownBy(result::count).isInstanceOfSatisfying(ErrorThresholdExceededException.class, e -> {
      assertThat(e.transformation()).isEqualTo(step.transformation());
      assertThat(e.transformationContext()).isEqualTo("mine");
      assertThat(e.errors()).isEqualTo(step.errors());
      assertThat(e.threshold()).isEqualTo(step.errors());
      assertThat(e).hasMessageStartingWith("Transformation '" + step.transformation() + "' (context 'mine', info "
          + "'checked') produced "
          + step.errors() + " error record(s), reaching its stageThreshold of " + step.errors());
    });
    assertThatThrownBy(() -> result.show(1)).isInstanceOf(ErrorThresholdExceededException.class);
    assertThatThrownBy(result::assertErrorThreshold).isInstanceOf(ErrorThresholdExceededException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("producingSteps")
  void totalThreshold_countsTheReadsErrorsAndTheSteps(Producing step) {
    GlueFrame read = withReadErrors();
    long total = READ_ERRORS + step.errors();

    GlueFrame reached = step.apply().apply(read, TransformOptions.thresholds(step.errors() + 1, total));
    assertThatThrownBy(reached::count).isInstanceOfSatisfying(ErrorThresholdExceededException.class, e -> {
      assertThat(e.errors()).isEqualTo(total);
      assertThat(e).hasMessageContaining("up to and including it to " + total + " (" + step.errors()
          + " from this step), reaching its totalThreshold of " + total);
    });

    GlueFrame below = step.apply().apply(read, TransformOptions.thresholds(step.errors() + 1, total + 1));
    assertThat(below.count()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void readers_stageThreshold_appliesToTheirErrorRecords_atTheAction() {
    Path folder = TestSpark.newFolder("read-threshold");
    write(folder, "a.csv", "id,name", "1,a", "2,b,extra", "3,c,more");
    GlueFrame csv = FrameReaders.csv(spark(), List.of(folder.toString()), CsvReadOptions.DEFAULT.withHeader(true),
        TransformOptions.context("landing").withInfo("orders feed").withThresholds(2, 0));

    assertThat(csv.stageErrorsCount()).isEqualTo(2);
    assertThat(csv.errorsAsDynamicFrame().toDF().collectAsList()).allSatisfy(r -> {
      assertThat(r.<String>getAs(ErrorRecords.TRANSFORMATION_CONTEXT)).isEqualTo("landing");
      assertThat(r.<String>getAs(ErrorRecords.INFO)).isEqualTo("orders feed");
    });
    assertThatThrownBy(csv::count).isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageStartingWith("Transformation 'read_csv' (context 'landing', info 'orders feed') produced 2 error "
            + "record(s), reaching its stageThreshold of 2").hasMessageContaining("a.csv:3");

    String json = jsonWithReadErrors().toString();
    GlueFrame reached = FrameReaders.json(spark(), List.of(json), JsonReadOptions.DEFAULT,
        TransformOptions.thresholds(READ_ERRORS, 0));
    assertThatThrownBy(reached::count).isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageContaining("'read_json'").hasMessageContaining("stageThreshold of " + READ_ERRORS);
    assertThat(FrameReaders.json(spark(), List.of(json), JsonReadOptions.DEFAULT,
        TransformOptions.thresholds(READ_ERRORS + 1, 0)).count()).isEqualTo(2);
  }

  @Test
  void anEarlierStepsThreshold_stillFailsALaterFrame() {
    GlueFrame strict = withReadErrors().selectFields(List.of("id", "name"), TransformOptions.thresholds(0, 2));
    GlueFrame later = strict.renameField("name", "label");

    assertThatThrownBy(later::count).isInstanceOf(ErrorThresholdExceededException.class)
        .hasMessageContaining("'selectFields'").hasMessageContaining("totalThreshold of 2");
  }

  @Test
  void sinkWrite_isAnAction_andWritesNothingWhenAThresholdIsReached() {
    Path folder = TestSpark.newFolder("sink-threshold");
    Path out = folder.resolve("out");
    GlueFrame frame = withReadErrors().selectFields(List.of("id"), TransformOptions.thresholds(0, 1));

    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      GlueSuiteContext glue = GlueSuiteContext.create(spark(), catalog);
      assertThatThrownBy(() -> glue.getSinkWithFormat(SinkOptions.of(out.toString(), StorageFormat.PARQUET))
          .writeFrame(frame))
          .isInstanceOf(ErrorThresholdExceededException.class).hasMessageContaining("totalThreshold of 1");
    }
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void negativeThresholds_areRejected_namingBoth() {
    assertThatThrownBy(() -> TransformOptions.thresholds(-1, 0)).isInstanceOf(FrameArgumentException.class)
        .hasMessageContaining("stageThreshold=-1").hasMessageContaining("0 for no limit");
  }

  @Test
  void theDefault_isGluesDefault_noContextNoInfoNoLimit() {
    assertThat(TransformOptions.DEFAULT).isEqualTo(new TransformOptions("", "", 0, 0));
    GlueFrame read = withReadErrors();
    GlueFrame mapped = read.map(r -> {
      throw new IllegalStateException("every record fails");
    });
    assertThat(mapped.count()).isZero();
    assertThat(mapped.errorsCount()).isEqualTo(READ_ERRORS + 2);
  }
}
