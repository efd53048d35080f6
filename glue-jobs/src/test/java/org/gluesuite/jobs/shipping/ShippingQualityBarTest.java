package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.jobs.ml.selection.SearchGrid;
import org.gluesuite.jobs.ml.selection.SelectionResult;
import org.gluesuite.jobs.ml.selection.SelectionSettings;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13's quality bar on the shared real files: the seed's split, the default feature pipeline (no category
 * reduction, see the shipping README) saved by the training pass and loaded by the validation pass, and the seed's
 * {@code --model-type gbt --model-params "{'maxIter': 32}"} reach validation RMSE ≤ 1.75 and MAE ≤ 1.12.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippingQualityBarTest {
  /** A small grid for CI; {@code -Dselection.grid=full} runs {@link SearchGrid#defaults()} (BENCHMARKS.md). */
  static final SearchGrid SMALL_GRID = new SearchGrid(new java.util.TreeMap<>(Map.of(
      ModelType.GBT, SearchGrid.values("maxIter", List.of(32L), "maxDepth", List.of(4L, 5L)),
      ModelType.RF, SearchGrid.values("numTrees", List.of(50L), "maxDepth", List.of(8L)))));

  private Dataset<Row> training;
  private Dataset<Row> validation;
  private PipelineModel pipeline;

  @BeforeAll
  void features() throws IOException {
    assumeTrue(ShippingTestData.sharedDataPresent(), "the shared shipping files are absent");
    Path folder = ShippingTestData.sharedFolder();
    Dataset<Row> shipments = ShippingPreprocessing.preprocess(
        ShippingTestData.frame(folder.resolve(ShippingSource.SHIPPING_LOGS.fileName())), "ShippingLogs.csv",
        ShippingTestData.frame(folder.resolve(ShippingSource.PRODUCT_DESCRIPTIONS.fileName())),
        "ProductDescriptions.csv", ShippingPreprocessing.SEED_TRAINING_FRACTION).shipments().toDF().cache();
    Dataset<Row> trainingRows = shipments.where(col(ShippingPreprocessing.SPLIT)
        .equalTo(ShippingPreprocessing.TRAINING));
    Dataset<Row> validationRows = shipments.where(col(ShippingPreprocessing.SPLIT)
        .equalTo(ShippingPreprocessing.VALIDATION));

    Path saved = TestSpark.newFolder("shipping-bar").resolve("feature_pipeline");
    ShippingFeatures.pipeline(CategoryReduction.keepAll("carrier"), CategoryReduction.keepAll("shipping_origin"))
        .fit(trainingRows).write().save(saved.toString());
    pipeline = PipelineModel.load(saved.toString());
    if (TestSpark.session().sparkContext().getCheckpointDir().isEmpty()) {
      TestSpark.session().sparkContext().setCheckpointDir(saved.resolveSibling("checkpoints").toString());
    }
    training = ShippingFeatures.transform(pipeline, trainingRows).cache();
    validation = ShippingFeatures.transform(pipeline, validationRows).cache();
  }

  private ShippingMetrics train(TrainingOptions options) {
    return ShippingModel.train(training, validation, options, ShippingFeatures.oneHotSlots(pipeline)).metrics();
  }

  @Test
  void seedGbt_onTheSharedFiles_meetsTheValidationBar() {
    ShippingMetrics metrics = train(TrainingOptions.SEED);

    ShippingMetrics.SplitScores valid = metrics.splits().get(ShippingModel.VALIDATION);
    System.out.printf("shipping quality bar: validation RMSE %.4f MAE %.4f R² %.4f (rounded %.4f / %.4f); "
            + "train RMSE %.4f MAE %.4f; baseline %.4f / %.4f%n", valid.model().rmse(), valid.model().mae(),
        valid.model().r2(), valid.modelRounded().rmse(), valid.modelRounded().mae(),
        metrics.splits().get(ShippingModel.TRAIN).model().rmse(), metrics.splits().get(ShippingModel.TRAIN).model()
            .mae(), valid.baseline().rmse(), valid.baseline().mae());
    assertThat(metrics.rows()).containsEntry(ShippingModel.TRAIN, 9_005L).containsEntry(ShippingModel.VALIDATION,
        995L);
    assertThat(valid.model().rmse()).isLessThanOrEqualTo(1.75);
    assertThat(valid.model().mae()).isLessThanOrEqualTo(1.12);
    // the reference: predicting expected_shipping_days scores RMSE 2.40 and MAE 1.36
    assertThat(valid.baseline().rmse()).isCloseTo(2.40, org.assertj.core.data.Offset.offset(0.005));
    assertThat(valid.baseline().mae()).isCloseTo(1.36, org.assertj.core.data.Offset.offset(0.005));
    assertThat(metrics.importancesByColumn().keySet().iterator().next()).isEqualTo(ShippingFeatures.EXPECTED);
  }

  /**
   * Model selection on expanding-window folds of the 9,005 training orders (the validation orders unseen), with the
   * seed's GBT ranked among the candidates, meets issue 13's validation bar and never chooses an entry that
   * validates worse than the seed's GBT on the folds. {@code -Dselection.grid=full} runs {@link SearchGrid#defaults()}
   * (figures in BENCHMARKS.md).
   */
  @Test
  void modelSelection_meetsTheValidationBar_withoutSeeingTheValidationOrders() {
    SearchGrid grid = "full".equals(System.getProperty("selection.grid")) ? SearchGrid.defaults() : SMALL_GRID;
    ShippingMetrics seed = train(TrainingOptions.SEED);
    ShippingMetrics selected = train(TrainingOptions.SEED.withSelection(SelectionSettings.defaults().withGrid(grid)));
    System.out.println("shipping model selection: " + selected.toJson());

    ShippingMetrics.SplitScores valid = selected.splits().get(ShippingModel.VALIDATION);
    System.out.printf("shipping: seed GBT validation RMSE %.4f MAE %.4f; selected (%s) RMSE %.4f MAE %.4f%n",
        seed.splits().get(ShippingModel.VALIDATION).model().rmse(),
        seed.splits().get(ShippingModel.VALIDATION).model().mae(), selected.modelType(), valid.model().rmse(),
        valid.model().mae());
    assertThat(valid.model().rmse()).isLessThanOrEqualTo(1.75);
    assertThat(valid.model().mae()).isLessThanOrEqualTo(1.12);
    JsonNode how = selected.toModelMetrics().extra(SelectionResult.SELECTION_EXTRA).orElseThrow();
    assertThat(how.path("time_column").asText()).isEqualTo(ShippingFeatures.ORDER_DATE);
    for (JsonNode fold : how.path("folds")) {
      assertThat(fold.path("validation").path(1).asText()).as("folds end before the validation orders")
          .isLessThanOrEqualTo("2021-10-21");
    }
    JsonNode board = selected.toModelMetrics().extra(SelectionResult.LEADERBOARD_EXTRA).orElseThrow();
    JsonNode fixed = null;
    for (JsonNode row : board) {
      if (row.path("algorithm").asText().equals("fixed")) {
        fixed = row;
      }
    }
    assertThat(fixed).as("the seed's GBT is on the leaderboard").isNotNull();
    assertThat(board.get(0).path("validation").asDouble()).isLessThanOrEqualTo(fixed.path("validation").asDouble());
  }
}
