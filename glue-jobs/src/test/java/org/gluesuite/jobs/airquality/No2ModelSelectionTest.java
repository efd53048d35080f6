package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.ml.selection.Metric;
import org.gluesuite.jobs.ml.selection.SearchGrid;
import org.gluesuite.jobs.ml.selection.SelectionResult;
import org.gluesuite.jobs.ml.selection.SelectionSettings;
import org.gluesuite.jobs.shipping.ModelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --model-selection auto} in the NO2 training: the test year stays unseen while the model is chosen. */
class No2ModelSelectionTest {
  private static final List<String> FEATURES = List.of("temp_max", "temp_min", "wind_speed", "pressure");
  private static final LocalDate TEST_FROM = LocalDate.of(2023, 1, 1);
  private static Dataset<Row> daily;

  @BeforeAll
  static void dailyTable() {
    daily = No2ModelTest.dailyRows(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)).cache();
  }

  private static No2TrainingResult train(Dataset<Row> rows) {
    Map<ModelType, Map<String, List<Object>>> grid = new LinkedHashMap<>();
    grid.put(ModelType.LINEAR, SearchGrid.values("regParam", List.of(0.0, 0.05)));
    grid.put(ModelType.RF, SearchGrid.values("numTrees", List.of(10L), "maxDepth", List.of(4L)));
    SelectionSettings settings = SelectionSettings.defaults().withGrid(new SearchGrid(grid)).withMetric(Metric.R2);
    // the fixed model ranked beside the grid is the linear regression (already a candidate: no extra fit)
    return No2Model.train(rows, No2ModelOptions.builder().features(FEATURES).lagVariant(false)
        .algorithm(No2Model.Algorithm.LINEAR_REGRESSION).splitDate(TEST_FROM).selection(settings).build());
  }

  /** The leaderboard without the fit times (which vary from run to run). */
  private static List<JsonNode> board(ModelMetrics metrics) {
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode row : metrics.extra(SelectionResult.LEADERBOARD_EXTRA).orElseThrow()) {
      ObjectNode copy = row.deepCopy();
      copy.remove("fit_seconds");
      rows.add(copy);
    }
    return rows;
  }

  @Test
  void poisonedTestYear_leavesTheLeaderboardAndTheChoiceUnchanged_butNotTheTestScore() {
    ModelMetrics clean = train(daily).metrics();
    // garbage labels (positive, so the labelled days stay labelled) for every labelled day of the test year
    Dataset<Row> poisoned = daily.withColumn("no2_mean", when(col("date").geq(lit(TEST_FROM.toString()))
            .and(col("no2_mean").isNotNull()),
        lit(1.0e6).minus(col("temp_max").multiply(977.0))).otherwise(col("no2_mean")));
    ModelMetrics dirty = train(poisoned).metrics();

    assertThat(board(dirty)).isEqualTo(board(clean));
    assertThat(dirty.modelType()).isEqualTo(clean.modelType());
    assertThat(dirty.params()).isEqualTo(clean.params());
    assertThat(dirty.split("train").orElseThrow().model()).isEqualTo(clean.split("train").orElseThrow().model());
    // the poison did reach the test period: its score is ruined
    assertThat(dirty.split("test").orElseThrow().model().get("rmse"))
        .isGreaterThan(1000 * clean.split("test").orElseThrow().model().get("rmse"));
    assertThat(clean.rows()).isEqualTo(dirty.rows());
  }

  @Test
  void selection_writesTheLeaderboard_foldsInsideTheTrainingPeriod_andTheReportTable() {
    No2TrainingResult result = train(daily);
    ModelMetrics metrics = result.metrics();

    assertThat(metrics.modelType()).startsWith("model selection: ");
    JsonNode board = metrics.extra(SelectionResult.LEADERBOARD_EXTRA).orElseThrow();
    // linear {regParam 0, 0.05}, rf {10 trees}, the fixed model (linear {regParam 0}: no extra candidate), and the
    // weighted ensemble when it combines two or more
    assertThat(metrics.extra(SelectionResult.SELECTION_EXTRA).orElseThrow().path("candidates").asInt()).isEqualTo(3);
    List<String> kinds = new ArrayList<>();
    board.forEach(row -> kinds.add(row.path("algorithm").asText()));
    assertThat(kinds).contains("linear", "rf", "fixed").hasSizeBetween(4, 5);
    assertThat(board.get(0).path("rank").asInt()).isEqualTo(1);
    assertThat(board.get(0).path("metric").asText()).isEqualTo("r2");
    for (JsonNode fold : metrics.extra(SelectionResult.SELECTION_EXTRA).orElseThrow().path("folds")) {
      assertThat(LocalDate.parse(fold.path("validation").path(1).asText())).isBefore(TEST_FROM);
    }
    assertThat(result.models()).containsOnlyKeys(No2Model.SELECTED_MODEL, "baseline");
    ReportSection section = result.reportSection();
    assertThat(section.tables()).extracting(ReportSection.Table::caption)
        .contains("Model selection leaderboard (best first)");
    assertThat(section.paragraphs()).anyMatch(p -> p.contains("the test period was not used"));
  }
}
