package org.gluesuite.jobs.ml.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.jobs.shipping.ModelType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection on a synthetic daily series whose label is a step function of x1 (trees win) plus a line in x2. */
class ModelSelectorTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final SearchGrid LINEAR_AND_FOREST = linearAndForest();
  private static Dataset<Row> days;

  private static SearchGrid linearAndForest() {
    Map<ModelType, Map<String, List<Object>>> grid = new LinkedHashMap<>();
    grid.put(ModelType.LINEAR, SearchGrid.values("regParam", List.of(0.0, 0.1)));
    grid.put(ModelType.RF, SearchGrid.values("numTrees", List.of(20L), "maxDepth", List.of(5L)));
    return new SearchGrid(grid);
  }

  @BeforeAll
  static void series() {
    days = series(LocalDate.of(2020, 1, 1), 300, 5);
  }

  static Dataset<Row> series(LocalDate from, int count, long seed) {
    StructType schema = new StructType().add("day", DataTypes.DateType).add("x1", DataTypes.DoubleType)
        .add("x2", DataTypes.DoubleType).add("y", DataTypes.DoubleType);
    Random rnd = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double x1 = rnd.nextDouble() * 4;
      double x2 = rnd.nextDouble();
      double y = 10 + (x1 > 2 ? 6 : 0) + (x1 > 3 ? 3 : 0) + 2 * x2 + rnd.nextGaussian() * 0.3;
      rows.add(RowFactory.create(Date.valueOf(from.plusDays(i)), x1, x2, y));
    }
    return SPARK.createDataFrame(rows, schema);
  }

  private static List<PipelineStage> assemble() {
    return new ArrayList<>(List.of(new VectorAssembler().setInputCols(new String[] {"x1", "x2"})
        .setOutputCol("features")));
  }

  private static SelectionResult select(SelectionSettings settings, PrintStream progress) {
    return new ModelSelector(settings, progress).select(days, assemble(), "features", "y", "day", "prediction");
  }

  @Test
  void select_ranksEveryCandidateAndTheBlend_treesFirst_reportingProgress() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SelectionResult result = select(SelectionSettings.defaults().withGrid(LINEAR_AND_FOREST),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(result.leaderboard()).hasSize(4);
    assertThat(result.leaderboard()).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 3, 4);
    assertThat(result.best().algorithm()).isEqualTo("rf");
    assertThat(result.best().validation()).isLessThan(1.0);
    LeaderboardEntry blend = result.leaderboard().stream().filter(e -> e.algorithm().equals("blend")).findFirst()
        .orElseThrow();
    assertThat(blend.members()).extracting(c -> c.type().argument()).containsExactly("rf", "linear");
    for (int i = 1; i < result.leaderboard().size(); i++) {
      assertThat(result.leaderboard().get(i).validation()).isGreaterThanOrEqualTo(
          result.leaderboard().get(i - 1).validation());
    }
    assertThat(result.best().folds()).hasSize(2);
    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress).contains("candidate 1 of 3", "candidate 2 of 3", "candidate 3 of 3");
    assertThat(result.leaderboardRows().get(0)).containsKeys("rank", "algorithm", "params", "metric", "validation",
        "folds", "fit_seconds");
  }

  @Test
  void select_withTheSameSeed_givesTheSameLeaderboard_whateverTheParallelism() {
    SearchGrid grid = new SearchGrid(Map.of(ModelType.RF, SearchGrid.values("numTrees", List.of(10L),
        "maxDepth", List.of(3L, 5L), "subsamplingRate", List.of(0.7))));
    SelectionResult one = select(SelectionSettings.defaults().withGrid(grid).withParallelism(1), null);
    SelectionResult two = select(SelectionSettings.defaults().withGrid(grid).withParallelism(3), null);
    SelectionResult otherSeed = select(SelectionSettings.defaults().withGrid(grid).withSeed(99), null);

    assertThat(two.leaderboard()).extracting(LeaderboardEntry::describe, LeaderboardEntry::folds)
        .isEqualTo(one.leaderboard().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.describe(), e.folds()))
            .toList());
    assertThat(otherSeed.leaderboard().get(0).folds()).isNotEqualTo(one.leaderboard().get(0).folds());
  }

  @Test
  void select_logTarget_returnsAModelPredictingTheLabelWithItsFeatureStages() {
    SelectionResult result = select(SelectionSettings.defaults().withGrid(LINEAR_AND_FOREST).withLogTarget(true)
        .withBlend(false), null);
    Dataset<Row> fresh = series(LocalDate.of(2021, 1, 1), 50, 8);

    List<Row> scored = result.model().transform(fresh).select("y", "prediction").collectAsList();
    double error = scored.stream().mapToDouble(r -> Math.abs(r.getDouble(0) - r.getDouble(1))).average()
        .orElseThrow();
    assertThat(error).isLessThan(1.0);
    assertThat(result.leaderboard()).hasSize(3);
  }

  @Test
  void folds_expandInTime_andCoverTheRowsGivenOnly() {
    TimeFolds folds = TimeFolds.of(days, "day", 3);

    assertThat(folds.size()).isEqualTo(3);
    assertThat(folds.periods()).containsExactly(
        List.of("2020-01-01", "2020-03-15", "2020-03-16", "2020-05-29"),
        List.of("2020-01-01", "2020-05-29", "2020-05-30", "2020-08-12"),
        List.of("2020-01-01", "2020-08-12", "2020-08-13", "2020-10-26"));
    assertThat(folds.training(days, 0).count()).isEqualTo(75);
    assertThat(folds.validation(days, 0).count()).isEqualTo(75);
    assertThat(folds.validation(days, 2).count()).isEqualTo(75);
  }

  @Test
  void folds_whenTooFewTimes_sayHowManyAreNeeded() {
    assertThatThrownBy(() -> TimeFolds.of(days.limit(2), "day", 2))
        .isInstanceOf(SelectionException.class)
        .hasMessageContaining("at least 3 distinct values of the time column 'day'")
        .hasMessageContaining("found 2");
  }

  @Test
  void select_whenTheLabelIsMissing_namesIt() {
    assertThatThrownBy(() -> new ModelSelector(SelectionSettings.defaults(), null)
        .select(days, assemble(), "features", "no2", "day", "prediction"))
        .isInstanceOf(SelectionException.class)
        .hasMessageContaining("[no2]");
  }

  @Test
  void gridFile_overridesTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("grid.json");
    Files.writeString(file, "{\"gbt\": {\"maxIter\": [10, 20], \"stepSize\": [0.1]}, \"fm\": {}}");

    SearchGrid grid = SearchGrid.read(file);

    assertThat(grid.candidates()).extracting(Candidate::describe)
        .containsExactly("gbt {maxIter=10, stepSize=0.1}", "gbt {maxIter=20, stepSize=0.1}", "fm {}");
  }

  @Test
  void gridFile_withMistakes_reportsEachWithItsJsonPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("grid.json");
    Files.writeString(file, "{\"xgboost\": {}, \"rf\": {\"maxDepthh\": [3], \"numTrees\": [\"ten\"]},"
        + " \"linear\": {\"regParam\": []}}");

    assertThatThrownBy(() -> SearchGrid.read(file))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("$.xgboost").hasMessageContaining("unknown key 'xgboost'")
        .hasMessageContaining("$.rf.maxDepthh[0]").hasMessageContaining("it has no such parameter")
        .hasMessageContaining("$.rf.numTrees[0]").hasMessageContaining("whole number")
        .hasMessageContaining("$.linear.regParam").hasMessageContaining("is empty");
  }

  @Test
  void arguments_autoParsesTheDetails_offRejectsThem() {
    SelectionSettings settings = SelectionArguments.parse(JobArgumentParser.parse(new String[] {"--model-selection",
        "auto", "--model-selection-folds", "3", "--model-selection-metric", "mae"}), Metric.R2).orElseThrow();
    assertThat(settings.folds()).isEqualTo(3);
    assertThat(settings.metric()).isEqualTo(Metric.MAE);
    assertThat(SelectionArguments.parse(JobArgumentParser.parse(new String[0]), Metric.R2)).isEmpty();
    assertThat(SelectionArguments.parse(JobArgumentParser.parse(new String[] {"--model-selection", "auto"}), Metric.R2)
        .orElseThrow().metric()).isEqualTo(Metric.R2);

    assertThatThrownBy(() -> SelectionArguments.parse(JobArgumentParser.parse(new String[] {"--model-selection-folds",
        "3"}), Metric.R2))
        .isInstanceOf(SelectionException.class).hasMessageContaining("only with --model-selection auto");
    assertThatThrownBy(() -> SelectionArguments.parse(JobArgumentParser.parse(new String[] {"--model-selection",
        "yes"}), Metric.R2))
        .isInstanceOf(SelectionException.class).hasMessageContaining("use auto or off");
    assertThatThrownBy(() -> SelectionArguments.parse(JobArgumentParser.parse(new String[] {"--model-selection",
        "auto", "--model-selection-grid", "/no/such/grid.json"}), Metric.R2))
        .isInstanceOf(SelectionException.class).hasMessageContaining("/no/such/grid.json");
  }
}
