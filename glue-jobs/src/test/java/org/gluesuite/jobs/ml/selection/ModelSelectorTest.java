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
import java.util.Arrays;
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
import org.gluesuite.jobs.shipping.ModelParams;
import org.gluesuite.jobs.shipping.ModelType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection on a synthetic daily series whose label is a step function of x1 (trees win) plus a line in x2. */
class ModelSelectorTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final SearchGrid LINEAR_AND_FOREST = linearAndForest();
  private static final SearchGrid LINE_AND_SHALLOW_FOREST = new SearchGrid(Map.of(
      ModelType.LINEAR, SearchGrid.values("regParam", List.of(0.0)),
      ModelType.RF, SearchGrid.values("numTrees", List.of(20L), "maxDepth", List.of(2L))));
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
    return series(from, count, seed, false);
  }

  /** {@code mixed}: y = 7 x1 + 4 [x2 > 0.5] + noise instead of the step function of x1 plus a line in x2. */
  static Dataset<Row> series(LocalDate from, int count, long seed, boolean mixed) {
    StructType schema = new StructType().add("day", DataTypes.DateType).add("x1", DataTypes.DoubleType)
        .add("x2", DataTypes.DoubleType).add("y", DataTypes.DoubleType);
    Random rnd = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double x1 = rnd.nextDouble() * 4;
      double x2 = rnd.nextDouble();
      double y = mixed ? 10 + 7 * x1 / 4 + 4 * (x2 > 0.5 ? 1 : 0) + rnd.nextGaussian() * 0.3
          : 10 + (x1 > 2 ? 6 : 0) + (x1 > 3 ? 3 : 0) + 2 * x2 + rnd.nextGaussian() * 0.3;
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
  void select_ranksEveryCandidate_treesFirst_reportingProgress_withoutAnEnsembleOfOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SelectionResult result = select(SelectionSettings.defaults().withGrid(LINEAR_AND_FOREST),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    // the step function is the forest's alone: every greedy step picks it, and an ensemble of one is not listed
    assertThat(result.leaderboard()).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 3);
    assertThat(result.leaderboard()).extracting(LeaderboardEntry::kind).containsOnly(LeaderboardEntry.Kind.SINGLE);
    assertThat(result.best().algorithm()).isEqualTo("rf");
    assertThat(result.best().validation()).isLessThan(1.0);
    for (int i = 1; i < result.leaderboard().size(); i++) {
      assertThat(result.leaderboard().get(i).validation()).isGreaterThanOrEqualTo(
          result.leaderboard().get(i - 1).validation());
    }
    assertThat(result.best().folds()).hasSize(2);
    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress).contains("candidate 1 of 3", "candidate 2 of 3", "candidate 3 of 3");
    assertThat(result.leaderboardRows().get(0)).containsKeys("rank", "algorithm", "params", "metric", "validation",
        "folds", "fit_seconds");
    assertThat(result.describe()).containsEntry("candidates", 3).doesNotContainKey("fixed_model");
  }

  /**
   * A label that is a line in x1 plus a step in x2: the linear model misses the step, a shallow forest the line, so
   * their errors are unrelated and their weighted average beats both.
   */
  @Test
  void select_weightedEnsemble_beatsItsMembers_andIsRefittedAsOneModel() {
    Dataset<Row> mixed = series(LocalDate.of(2020, 1, 1), 300, 21, true);
    SelectionResult result = new ModelSelector(SelectionSettings.defaults().withGrid(LINE_AND_SHALLOW_FOREST), null)
        .select(mixed, assemble(), "features", "y", "day", "prediction");

    LeaderboardEntry ensemble = result.best();
    assertThat(ensemble.kind()).isEqualTo(LeaderboardEntry.Kind.ENSEMBLE);
    assertThat(ensemble.algorithm()).isEqualTo("ensemble");
    assertThat(ensemble.members()).extracting(c -> c.type().argument()).containsExactlyInAnyOrder("linear", "rf");
    assertThat(ensemble.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(ensemble.weights()).allSatisfy(w -> assertThat(w).isBetween(0.05, 0.95));
    assertThat(ensemble.describe()).startsWith("ensemble of 0.");
    assertThat(result.leaderboard()).hasSize(3);
    assertThat(result.leaderboard().get(1).validation()).isGreaterThan(ensemble.validation());
    assertThat(result.describe()).containsKey("ensemble");
    // the refitted model writes the weighted average of its members
    Row scored = result.model().transform(series(LocalDate.of(2021, 1, 1), 5, 8, true)).select(
        "prediction_1", "prediction_2", "prediction").first();
    double expected = 0;
    for (int i = 0; i < 2; i++) {
      expected += ensemble.weights().get(i) * scored.getDouble(i);
    }
    assertThat(scored.getDouble(2)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void select_ranksTheJobsFixedModel_soTheWinnerNeverValidatesWorse() {
    Candidate linear = new Candidate(ModelType.LINEAR, new ModelParams(Map.of("regParam", 0.0)));
    Candidate smallForest = new Candidate(ModelType.RF, new ModelParams(Map.of("numTrees", 5L, "maxDepth", 2L)));
    SelectionResult result = select(SelectionSettings.defaults().withGrid(LINEAR_AND_FOREST).withEnsemble(false)
        .withFixedModel(List.of(linear, smallForest)), null);

    // linear {regParam 0} is a grid candidate already: only the small forest is fitted in addition
    assertThat(result.candidates()).isEqualTo(4);
    LeaderboardEntry fixed = result.leaderboard().stream().filter(e -> e.kind() == LeaderboardEntry.Kind.FIXED)
        .findFirst().orElseThrow();
    assertThat(fixed.algorithm()).isEqualTo("fixed");
    assertThat(fixed.weights()).containsExactly(0.5, 0.5);
    assertThat(fixed.describe()).startsWith("the job's fixed model: 0.50 × linear {regParam=0.0} + 0.50 × rf");
    assertThat(result.best().validation()).isLessThanOrEqualTo(fixed.validation());
    assertThat(result.describe()).containsKey("fixed_model");
    LeaderboardEntry single = result.leaderboard().stream().filter(e -> e.describe().equals("linear {regParam=0.0}"))
        .findFirst().orElseThrow();
    assertThat(fixed.validation()).isNotEqualTo(single.validation());
  }

  @Test
  void greedyEnsemble_weighsTwoOppositeBiasesEqually_andIgnoresNoise() {
    double[] y = {1, 2, 3, 4, 5, 6};
    double[][][] predictions = new double[3][1][];
    predictions[0][0] = Arrays.stream(y).map(v -> v + 1).toArray();
    predictions[1][0] = Arrays.stream(y).map(v -> v - 1).toArray();
    predictions[2][0] = new double[] {6, 1, 5, 2, 4, 3};
    FoldPredictions scored = new FoldPredictions(predictions, List.of(y), Metric.RMSE, false);

    double[] weights = GreedyEnsemble.weights(scored, List.of(0, 1, 2), List.of(0));

    assertThat(weights).containsExactly(0.5, 0.5, 0.0);
    assertThat(scored.score(List.of(0, 1), List.of(0.5, 0.5), 0)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void select_withTheSameSeed_givesTheSameLeaderboard_whateverTheParallelism() {
    Dataset<Row> mixed = series(LocalDate.of(2020, 1, 1), 300, 21, true);
    SearchGrid grid = new SearchGrid(Map.of(ModelType.LINEAR, SearchGrid.values("regParam", List.of(0.0)),
        ModelType.RF, SearchGrid.values("numTrees", List.of(10L), "maxDepth", List.of(2L, 3L),
            "subsamplingRate", List.of(0.7))));
    java.util.function.Function<SelectionSettings, SelectionResult> run = settings -> new ModelSelector(settings,
        null).select(mixed, assemble(), "features", "y", "day", "prediction");
    SelectionResult one = run.apply(SelectionSettings.defaults().withGrid(grid).withParallelism(1));
    SelectionResult again = run.apply(SelectionSettings.defaults().withGrid(grid).withParallelism(1));
    SelectionResult two = run.apply(SelectionSettings.defaults().withGrid(grid).withParallelism(3));
    SelectionResult otherSeed = run.apply(SelectionSettings.defaults().withGrid(grid).withSeed(99));

    assertThat(withoutTimes(again)).isEqualTo(withoutTimes(one));
    assertThat(withoutTimes(two)).isEqualTo(withoutTimes(one));
    assertThat(one.leaderboard()).extracting(LeaderboardEntry::kind).contains(LeaderboardEntry.Kind.ENSEMBLE);
    LeaderboardEntry forest = one.leaderboard().stream().filter(e -> e.algorithm().equals("rf")).findFirst()
        .orElseThrow();
    LeaderboardEntry sameForest = otherSeed.leaderboard().stream()
        .filter(e -> e.describe().equals(forest.describe())).findFirst().orElseThrow();
    assertThat(sameForest.folds()).as("another seed, other forests").isNotEqualTo(forest.folds());
  }

  /** The metrics.json leaderboard rows without the fit seconds, which vary from run to run. */
  private static List<Map<String, Object>> withoutTimes(SelectionResult result) {
    return result.leaderboardRows().stream().map(row -> {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      copy.remove("fit_seconds");
      return copy;
    }).toList();
  }

  @Test
  void select_logTarget_returnsAModelPredictingTheLabelWithItsFeatureStages() {
    SelectionResult result = select(SelectionSettings.defaults().withGrid(LINEAR_AND_FOREST).withLogTarget(true)
        .withEnsemble(false), null);
    Dataset<Row> fresh = series(LocalDate.of(2021, 1, 1), 50, 8);

    List<Row> scored = result.model().transform(fresh).select("y", "prediction").collectAsList();
    double error = scored.stream().mapToDouble(r -> Math.abs(r.getDouble(0) - r.getDouble(1))).average()
        .orElseThrow();
    assertThat(error).isLessThan(1.0);
    assertThat(result.leaderboard()).hasSize(3).extracting(LeaderboardEntry::kind)
        .containsOnly(LeaderboardEntry.Kind.SINGLE);
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
