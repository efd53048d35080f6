package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's quality bar on the shared real files: the seed's split, the default feature pipeline (no category
 * reduction, see the shipping README) saved by the training pass and loaded by the validation pass, and the seed's
 * {@code --model-type gbt --model-params "{'maxIter': 32}"} reach validation RMSE ≤ 1.75 and MAE ≤ 1.12.
 */
class ShippingQualityBarTest {
  @Test
  void seedGbt_onTheSharedFiles_meetsTheValidationBar() throws IOException {
    assumeTrue(ShippingTestData.sharedDataPresent(), "the shared shipping files are absent");
    Path folder = ShippingTestData.sharedFolder();
    Dataset<Row> shipments = ShippingPreprocessing.preprocess(
        ShippingTestData.frame(folder.resolve(ShippingSource.SHIPPING_LOGS.fileName())), "ShippingLogs.csv",
        ShippingTestData.frame(folder.resolve(ShippingSource.PRODUCT_DESCRIPTIONS.fileName())),
        "ProductDescriptions.csv", ShippingPreprocessing.SEED_TRAINING_FRACTION).shipments().toDF().cache();
    Dataset<Row> training = shipments.where(col(ShippingPreprocessing.SPLIT).equalTo(ShippingPreprocessing.TRAINING));
    Dataset<Row> validation = shipments.where(col(ShippingPreprocessing.SPLIT)
        .equalTo(ShippingPreprocessing.VALIDATION));

    Path saved = TestSpark.newFolder("shipping-bar").resolve("feature_pipeline");
    ShippingFeatures.pipeline(CategoryReduction.keepAll("carrier"), CategoryReduction.keepAll("shipping_origin"))
        .fit(training).write().save(saved.toString());
    PipelineModel pipeline = PipelineModel.load(saved.toString());
    if (TestSpark.session().sparkContext().getCheckpointDir().isEmpty()) {
      TestSpark.session().sparkContext().setCheckpointDir(saved.resolveSibling("checkpoints").toString());
    }
    ShippingMetrics metrics = ShippingModel.train(ShippingFeatures.transform(pipeline, training),
        ShippingFeatures.transform(pipeline, validation), TrainingOptions.SEED,
        ShippingFeatures.oneHotSlots(pipeline)).metrics();
    shipments.unpersist();

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
}
