package org.gluesuite.jobs.shipping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
public record ShippingMetrics(String modelType, Map<String, Object> params, List<String> features,
    Map<String, SplitScores> splits, Map<String, Long> rows, Map<String, Double> featureImportances) {

  public static final String PIPELINE = "shipping";
  public static final String BASELINE = "predicting expected_shipping_days for every order";

  /** The scores of one split: raw and rounded predictions, for the model and for the baseline. */
  public record SplitScores(RegressionScores model, RegressionScores modelRounded, RegressionScores baseline) {
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("pipeline", PIPELINE);
    root.put("task", "regression");
    ObjectNode model = root.putObject("model");
    model.put("type", modelType);
    model.set("params", MAPPER.valueToTree(params));
    ObjectNode splitNodes = root.putObject("splits");
    splits.forEach((name, scores) -> {
      ObjectNode split = splitNodes.putObject(name);
      scores(split.putObject("model"), scores.model(), scores.modelRounded());
      scores(split.putObject("baseline"), scores.baseline(), scores.baseline());
    });
    root.set("rows", MAPPER.valueToTree(rows));
    root.put("baseline", BASELINE);
    root.put("label", ShippingFeatures.LABEL);
    features.forEach(root.putArray("features")::add);
    ObjectNode importances = root.putObject("feature_importances");
    featureImportances.forEach(importances::put);
    ObjectNode byColumn = root.putObject("feature_importances_by_column");
    importancesByColumn().forEach(byColumn::put);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metrics are always serialisable", e);
    }
  }

  private static void scores(ObjectNode node, RegressionScores raw, RegressionScores rounded) {
    number(node, "rmse", raw.rmse());
    number(node, "mae", raw.mae());
    number(node, "r2", raw.r2());
    number(node, "rmse_rounded", rounded.rmse());
    number(node, "mae_rounded", rounded.mae());
    number(node, "r2_rounded", rounded.r2());
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }
}
