package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.dq.AdditionalOptions;
import org.gluesuite.dq.DataQualityResult;
import org.gluesuite.dq.EvaluateDataQuality;
import org.gluesuite.dq.PublishingOptions;
import org.gluesuite.dq.RulesetDefinition;
import org.gluesuite.dq.RulesetDefinitions;
import org.gluesuite.dq.TableColumns;
import org.gluesuite.jobs.ml.selection.Metric;
import org.gluesuite.jobs.ml.selection.SearchGrid;
import org.gluesuite.jobs.ml.selection.SelectionResult;
import org.gluesuite.jobs.ml.selection.SelectionSettings;
import org.gluesuite.jobs.shipping.ModelType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The quality bar of issue 13 on the real data: UCI Beijing multi-site, stations Aotizhongxin and Dongsi, read in
 * place from {@code ../shared/data} (never copied into the repository), cleaned and trained with the pipeline's own
 * functions: daily weather features only, test year from 2016-03-01, R² ≥ 0.65 on both stations. The lag variant
 * (previous-day NO2) is reported beside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeijingRealDataTest {
  /**
   * A small grid for CI (the fixed model's forest and linear regression join it); the full one is
   * {@link SearchGrid#defaults()}.
   */
  static final SearchGrid SMALL_GRID = new SearchGrid(Map.of(ModelType.LINEAR,
      SearchGrid.values("regParam", List.of(0.01, 0.1))));
  static final Path FOLDER = sharedData().resolve("beijing_air_quality");
  static final List<String> STATIONS = List.of("Aotizhongxin", "Dongsi");

  private Dataset<Row> daily;
  private ModelMetrics metrics;

  @BeforeAll
  void cleanAndTrain() {
    assumeTrue(Files.isDirectory(FOLDER), "Skipped: the shared Beijing data " + FOLDER + " is absent (expected at "
        + "../shared/data relative to the repository root).");
    SparkSession spark = TestSpark.session();
    // As the crawler's table gives them: every cell as written (the clean job reads text and checks it).
    Dataset<Row> hourly = spark.read().option("header", "true").csv(FOLDER.resolve("PRSA_Data_*.csv").toString());
    Dataset<Row> checked = BeijingCleaning.validate(hourly, BeijingSource.defaults(), "beijing");
    assertThat(checked.where(BeijingCleaning.PROBLEM + " IS NOT NULL").count()).isZero();
    daily = DailyFeatures.complete(BeijingCleaning.daily(checked)).cache();
    metrics = No2Model.train(daily).metrics();
    System.out.println("Beijing, both stations: " + metrics.toJson());
  }

  @Test
  void daily_hasEveryDayOfBothStations_andTheResearchLabelCounts() {
    assertThat(daily.count()).isEqualTo(2 * 1461);
    assertThat(daily.select("station").distinct().count()).isEqualTo(2);
    assertThat(metrics.extra("split_date").orElseThrow().asText()).isEqualTo("2016-03-01");
    assertThat(metrics.extra("test_period").orElseThrow().get(1).asText()).isEqualTo("2017-02-28");
    // days with at least 20 hourly NO2 values (GB 3095-2012): 1,056 + 1,040 training, 359 + 346 test days
    assertThat(metrics.rows()).containsEntry("train", 2096L).containsEntry("test", 705L);
    assertThat(metrics.extra("features").orElseThrow()).hasSize(DailyFeatures.WEATHER.size());
  }

  /** The curated table's declared ruleset holds on the real data, as the clean job evaluates it before its write. */
  @Test
  void declaredRuleset_passesEveryRule_onBothStations() {
    RulesetDefinition declared = RulesetDefinitions.bundled(TableColumns.UNCHECKED)
        .forTable("airquality", "no2_weather_daily").get(0);

    DataQualityResult result = new EvaluateDataQuality().evaluate(AirQualityCleaning.withDatePartitions(daily),
        declared.ruleset(), PublishingOptions.defaults(), AdditionalOptions.defaults()).result();

    assertThat(result.ruleResults()).hasSize(9);
    assertThat(result.failedRules()).as("rules failing on the real Beijing data").isEmpty();
  }

  @Test
  void weatherOnlyModel_meetsR2OfAtLeast065_onBothStations() {
    JsonNode stations = metrics.extra(No2Model.STATIONS_EXTRA).orElseThrow();
    for (String station : STATIONS) {
      JsonNode test = stations.path(station).path("test");
      assertThat(test.path("model").path("r2").asDouble()).as(station + " test R²").isGreaterThanOrEqualTo(0.65);
      // and clearly above the plain linear reference (about 0.56 / 0.58)
      assertThat(test.path("model").path("r2").asDouble())
          .isGreaterThan(test.path("baseline").path("r2").asDouble() + 0.1);
      assertThat(test.path("baseline").path("r2").asDouble()).as(station + " reference").isBetween(0.5, 0.62);
    }
  }

  @Test
  void lagVariant_isReportedSeparately_andUsesThePreviousDaysNo2() {
    JsonNode lag = metrics.extra(No2Model.LAG_EXTRA).orElseThrow();
    assertThat(lag.path("features_added").get(0).asText()).isEqualTo(DailyFeatures.NO2_LAG);
    for (String station : STATIONS) {
      double withLag = lag.path(No2Model.STATIONS_EXTRA).path(station).path("test").path("model").path("r2")
          .asDouble();
      double without = metrics.extra(No2Model.STATIONS_EXTRA).orElseThrow().path(station).path("test")
          .path("model").path("r2").asDouble();
      assertThat(withLag).as(station + " with lag").isGreaterThan(without);
    }
    assertThat(metrics.extra("features").orElseThrow().toString()).doesNotContain(DailyFeatures.NO2_LAG);
  }

  /**
   * Issue 14's bar: model selection on folds of the training period (2013-03..2016-02; the test year unseen), with
   * the job's fixed model (the research-tuned LR + RF ensemble, the default) ranked among the candidates, beats
   * each single algorithm the job fits with fixed settings on the test year at both stations and meets issue 13's
   * bar; the chosen entry never validates worse than the fixed model. CI runs a small grid; {@code
   * -Dselection.grid=full} runs {@link SearchGrid#defaults()} (figures in BENCHMARKS.md).
   */
  @Test
  void modelSelection_beatsEachSingleFixedModel_onBothStations() {
    SearchGrid grid = "full".equals(System.getProperty("selection.grid")) ? SearchGrid.defaults() : SMALL_GRID;
    SelectionSettings settings = SelectionSettings.defaults().withMetric(Metric.R2).withGrid(grid);
    ModelMetrics selected = No2Model.train(daily, No2ModelOptions.builder().lagVariant(false).selection(settings)
        .build()).metrics();
    System.out.println("Beijing, model selection: " + selected.toJson());
    JsonNode chosen = selected.extra(No2Model.STATIONS_EXTRA).orElseThrow();
    JsonNode ensemble = metrics.extra(No2Model.STATIONS_EXTRA).orElseThrow();
    for (String station : STATIONS) {
      System.out.printf("Beijing %s test: selected R² %.4f RMSE %.3f, fixed ensemble (the default) R² %.4f RMSE "
          + "%.3f%n", station, r2(chosen, station), rmse(chosen, station), r2(ensemble, station),
          rmse(ensemble, station));
    }
    for (No2Model.Algorithm single : List.of(No2Model.Algorithm.LINEAR_REGRESSION,
        No2Model.Algorithm.RANDOM_FOREST)) {
      JsonNode fixed = No2Model.train(daily, No2ModelOptions.builder().algorithm(single).lagVariant(false).build())
          .metrics().extra(No2Model.STATIONS_EXTRA).orElseThrow();
      for (String station : STATIONS) {
        double fixedR2 = r2(fixed, station);
        System.out.printf("Beijing %s test R²: selected %.4f, fixed %s %.4f%n", station, r2(chosen, station),
            single, fixedR2);
        assertThat(r2(chosen, station)).as(station + " test R², selected vs fixed " + single + " " + fixedR2)
            .isGreaterThan(fixedR2).isGreaterThanOrEqualTo(0.65);
      }
    }
    JsonNode board = selected.extra(SelectionResult.LEADERBOARD_EXTRA).orElseThrow();
    JsonNode fixedRow = null;
    for (JsonNode row : board) {
      if (row.path("algorithm").asText().equals("fixed")) {
        fixedRow = row;
      }
    }
    assertThat(fixedRow).as("the job's fixed model is on the leaderboard").isNotNull();
    assertThat(board.get(0).path("validation").asDouble()).isGreaterThanOrEqualTo(
        fixedRow.path("validation").asDouble());
  }

  private static double r2(JsonNode stations, String station) {
    return stations.path(station).path("test").path("model").path("r2").asDouble();
  }

  private static double rmse(JsonNode stations, String station) {
    return stations.path(station).path("test").path("model").path("rmse").asDouble();
  }

  /** {@code ../shared/data} relative to the repository root (the folder holding {@code .git}). */
  static Path sharedData() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    Path root = dir != null ? dir : Path.of("").toAbsolutePath();
    return root.resolve("..").resolve("shared").resolve("data").normalize();
  }
}
