package org.gluesuite.jobs.shipping;

import java.util.Locale;
import java.util.Objects;
import org.gluesuite.jobs.ml.selection.SelectionSettings;

/**
 * How the training job fits its model, parsed once from its arguments.
 *
 * @param modelType {@code --model_type} (default {@code gbt}, the seed's)
 * @param params {@code --model_params} (default the seed's {@code {'maxIter': 32}} for gbt, else none)
 * @param productFeatures {@code --product_features}: whether the product columns are features (default false)
 * @param selection {@code --model-selection auto} and its details: choose the model on expanding-window folds of the
 *     training rows (by order date) instead of {@code modelType}; null when off
 */
public record TrainingOptions(ModelType modelType, ModelParams params, boolean productFeatures,
    SelectionSettings selection) {
  /** The seed's training command: {@code --model-type gbt --model-params "{'maxIter': 32}"}. */
  public static final TrainingOptions SEED = new TrainingOptions(ModelType.GBT, ModelParams.parse("{'maxIter': 32}"),
      false, null);

  public TrainingOptions {
    Objects.requireNonNull(modelType, "modelType");
    Objects.requireNonNull(params, "params");
  }

  /** Options from the job's arguments; null means not given. */
  public static TrainingOptions parse(String modelType, String modelParams, String productFeatures) {
    ModelType type = modelType == null ? SEED.modelType() : ModelType.parse(modelType);
    ModelParams params = modelParams != null ? ModelParams.parse(modelParams)
        : type == SEED.modelType() ? SEED.params() : ModelParams.NONE;
    return new TrainingOptions(type, params, flag("product_features", productFeatures), null);
  }

  /** These options with model selection ({@code null}: off). */
  public TrainingOptions withSelection(SelectionSettings settings) {
    return new TrainingOptions(modelType, params, productFeatures, settings);
  }

  private static boolean flag(String name, String text) {
    if (text == null) {
      return false;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ShippingErrors.invalidArgument(name, text, "use true or false");
    };
  }
}
