package org.gluesuite.jobs.shipping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.jobs.ml.selection.SelectionResult;

/**
 * What the training job measured, written as {@code metrics.json} in the shared shape of the pipelines'
 * {@code metrics.json}: {@code pipeline}, {@code task} ({@code regression}), {@code model} ({@code type},
 * {@code params}), {@code splits} ({@code train}, {@code validation}: each {@code model} and {@code baseline} with
 * {@code rmse, mae, r2, rmse_rounded, mae_rounded, r2_rounded}), {@code rows}, {@code baseline} (what it is), then this
 * pipeline's extras: {@code label}, {@code features} (the assembled columns), {@code feature_importances} (per
 * feature slot, largest first; tree models only) and {@code feature_importances_by_column} (summed per column).
 *
 * @param modelType the {@code --model_type} argument
 * @param params the {@code --model_params} given (MLlib defaults for the rest)
 * @param features the feature columns, in the assembler's order
 * @param splits per split ({@code train}, {@code validation}): the model's and the baseline's scores
 * @param rows per split, its rows
 * @param featureImportances per feature slot ({@code carrier=MicroCarrier}, {@code euclidean_distance}), largest
 *     first; empty for models without importances
 * @param selection the model selection that chose the model, or null for the fixed {@code --model_type}
 */
public record ShippingMetrics(String modelType, Map<String, Object> params, List<String> features,
    Map<String, SplitScores> splits, Map<String, Long> rows, Map<String, Double> featureImportances,
    SelectionResult selection) {

  public static final String PIPELINE = "shipping";
  public static final String BASELINE = "predicting expected_shipping_days for every order";

  /** The scores of one split: raw and rounded predictions, for the model and for the baseline. */
  public record SplitScores(RegressionScores model, RegressionScores modelRounded, RegressionScores baseline) {
  }

  /** The extras' names in {@code metrics.json}. */
  public static final String LABEL_EXTRA = "label";
  public static final String FEATURES_EXTRA = "features";
  public static final String IMPORTANCES_EXTRA = "feature_importances";
  public static final String IMPORTANCES_BY_COLUMN_EXTRA = "feature_importances_by_column";

  public ShippingMetrics {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    features = List.copyOf(features);
    splits = Collections.unmodifiableMap(new LinkedHashMap<>(splits));
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    featureImportances = Collections.unmodifiableMap(new LinkedHashMap<>(featureImportances));
  }

  /** The importances summed over each column's slots ({@code carrier=…} slots under {@code carrier}), largest first. */
  public Map<String, Double> importancesByColumn() {
    Map<String, Double> sums = new LinkedHashMap<>();
    featureImportances.forEach((slot, value) -> sums.merge(slot.split("=", 2)[0], value, Double::sum));
    Map<String, Double> sorted = new LinkedHashMap<>();
    sums.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The {@code metrics.json} document: the shared shape, then this pipeline's extras. */
  public ModelMetrics toModelMetrics() {
    ModelMetrics.Builder b = ModelMetrics.builder(PIPELINE, ModelMetrics.Task.REGRESSION).model(modelType, params);
    splits.forEach((name, scores) -> b.split(name, values(scores.model(), scores.modelRounded()),
        values(scores.baseline(), scores.baseline())));
    rows.forEach(b::rows);
    b.baseline(BASELINE)
        .extra(LABEL_EXTRA, ShippingFeatures.LABEL)
        .extra(FEATURES_EXTRA, features)
        .extra(IMPORTANCES_EXTRA, featureImportances)
        .extra(IMPORTANCES_BY_COLUMN_EXTRA, importancesByColumn());
    if (selection != null) {
      b.extra(SelectionResult.LEADERBOARD_EXTRA, selection.leaderboardRows())
          .extra(SelectionResult.SELECTION_EXTRA, selection.describe());
    }
    return b.build();
  }

  public String toJson() {
    return toModelMetrics().toJson();
  }

  /** The baseline's prediction is a whole number of days already, so its rounded scores are its raw ones. */
  private static Map<String, Double> values(RegressionScores raw, RegressionScores rounded) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("rmse", raw.rmse());
    values.put("mae", raw.mae());
    values.put("r2", raw.r2());
    values.put("rmse_rounded", rounded.rmse());
    values.put("mae_rounded", rounded.mae());
    values.put("r2_rounded", rounded.r2());
    return values;
  }
}
