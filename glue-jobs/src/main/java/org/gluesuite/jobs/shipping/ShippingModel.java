package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.MinMaxScaler;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.RandomForestRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.jobs.ml.selection.Candidate;
import org.gluesuite.jobs.ml.selection.ModelSelector;
import org.gluesuite.jobs.ml.selection.SelectionResult;

/**
 * Step 4 of the seed, model training: the features assembled into one vector (as the seed: every column but the
 * label and the {@code *_id} columns; here also not {@code order_date} and {@code split}, which identify rows, and
 * not the product columns unless asked), a regressor fitted on the training rows, and MAE, RMSE and R² of raw and
 * rounded predictions on both splits, next to the baseline of predicting {@code expected_shipping_days}.
 */
public final class ShippingModel {
  public static final String FEATURES = "features";
  public static final String RAW_PREDICTION = "raw_prediction";
  public static final String ROUNDED_PREDICTION = "rounded_prediction";
  /** The metrics' names of the two splits. */
  public static final String TRAIN = "train";
  public static final String VALIDATION = "validation";

  private static final String SCALED = "scaled_features";
  private static final Set<String> NOT_FEATURES = Set.of(ShippingFeatures.LABEL, ShippingFeatures.ORDER_DATE,
      ShippingPreprocessing.SPLIT);

  private ShippingModel() {
  }

  /**
   * Fits and scores. {@code training} and {@code validation} are rows of the features table (arrays for the one-hot
   * columns); {@code oneHotSlots} names the slots of each one-hot column (see {@link ShippingFeatures#oneHotSlots}),
   * for the importances; empty names them by position.
   */
  public static ShippingTrainingResult train(Dataset<Row> training, Dataset<Row> validation, TrainingOptions options,
      Map<String, List<String>> oneHotSlots) {
    List<String> columns = featureColumns(training.schema(), options.productFeatures());
    Dataset<Row> train = ShippingFeatures.withVectors(training).cache();
    Dataset<Row> valid = ShippingFeatures.withVectors(validation).cache();

    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new VectorAssembler().setInputCols(columns.toArray(new String[0])).setOutputCol(FEATURES));
    SelectionResult selection = null;
    PipelineModel model;
    if (options.selection() != null) {
      // the job's fixed model is ranked too: selection never picks what validates worse than it
      selection = new ModelSelector(options.selection().withFixedModel(List.of(new Candidate(options.modelType(),
          options.params()))), System.err).select(train, stages, FEATURES,
          ShippingFeatures.LABEL, ShippingFeatures.ORDER_DATE, RAW_PREDICTION);
      model = selection.model();
    } else {
      String input = FEATURES;
      if (options.modelType().needsScaledFeatures()) {
        stages.add(new MinMaxScaler().setInputCol(FEATURES).setOutputCol(SCALED));
        input = SCALED;
      }
      stages.add(options.modelType().estimator(options.params(), input, ShippingFeatures.LABEL)
          .setPredictionCol(RAW_PREDICTION));
      model = new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(train);
    }

    Dataset<Row> predicted = predictions(model, train, ShippingPreprocessing.TRAINING)
        .unionByName(predictions(model, valid, ShippingPreprocessing.VALIDATION)).cache();
    Map<String, ShippingMetrics.SplitScores> splits = new LinkedHashMap<>();
    splits.put(TRAIN, scores(predicted.where(col(ShippingPreprocessing.SPLIT).equalTo(ShippingPreprocessing.TRAINING))));
    splits.put(VALIDATION,
        scores(predicted.where(col(ShippingPreprocessing.SPLIT).equalTo(ShippingPreprocessing.VALIDATION))));
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(TRAIN, train.count());
    rows.put(VALIDATION, valid.count());
    train.unpersist();
    valid.unpersist();

    Map<String, Double> importances = importances(model, slotNames(columns, training, oneHotSlots));
    ShippingMetrics metrics = selection == null
        ? new ShippingMetrics(options.modelType().argument(), options.params().values(), columns, splits, rows,
            importances, null)
        : new ShippingMetrics("model selection: " + selection.best().describe(), selection.best().params(), columns,
            splits, rows, importances, selection);
    return new ShippingTrainingResult(model, metrics, predicted);
  }

  /** The seed's rule: every column but the label and {@code *_id}; also not the row identifiers. */
  static List<String> featureColumns(StructType schema, boolean productFeatures) {
    List<String> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      String name = field.name();
      if (NOT_FEATURES.contains(name) || name.endsWith("_id")
          || !productFeatures && ShippingFeatures.PRODUCT_FEATURES.contains(name)) {
        continue;
      }
      columns.add(name);
    }
    return columns;
  }

  private static Dataset<Row> predictions(PipelineModel model, Dataset<Row> rows, String split) {
    return model.transform(rows).select(col(ShippingFeatures.ORDER_ID), col(ShippingFeatures.ORDER_DATE),
        col(ShippingFeatures.EXPECTED), col(ShippingFeatures.LABEL), col(RAW_PREDICTION),
        round(col(RAW_PREDICTION)).as(ROUNDED_PREDICTION), lit(split).as(ShippingPreprocessing.SPLIT));
  }

  private static ShippingMetrics.SplitScores scores(Dataset<Row> predictions) {
    Map<String, RegressionScores> scores = RegressionScores.of(predictions, ShippingFeatures.LABEL,
        List.of(RAW_PREDICTION, ROUNDED_PREDICTION, ShippingFeatures.EXPECTED));
    return new ShippingMetrics.SplitScores(scores.get(RAW_PREDICTION), scores.get(ROUNDED_PREDICTION),
        scores.get(ShippingFeatures.EXPECTED));
  }

  /**
   * One name per slot of the assembled vector: a one-hot slot is {@code <column>=<category>} ({@code carrier}
   * for {@code carrier_reduced_indexed_ohe}), a number column its own name.
   */
  static List<String> slotNames(List<String> columns, Dataset<Row> features, Map<String, List<String>> oneHotSlots) {
    Row first = features.select(columns.stream().map(org.apache.spark.sql.functions::col).toArray(
        org.apache.spark.sql.Column[]::new)).first();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (!(features.schema().apply(column).dataType() instanceof ArrayType)) {
        names.add(column);
        continue;
      }
      int size = first.getList(i).size();
      List<String> labels = oneHotSlots.get(column);
      String base = column.replaceAll("(_reduced)?_indexed_ohe$", "");
      for (int slot = 0; slot < size; slot++) {
        names.add(labels != null && labels.size() == size ? base + "=" + labels.get(slot)
            : base + "[" + slot + "]");
      }
    }
    return names;
  }

  /** Importances of a tree ensemble by slot name, largest first; empty for other models. */
  private static Map<String, Double> importances(PipelineModel model, List<String> names) {
    Transformer last = model.stages()[model.stages().length - 1];
    Vector vector = last instanceof GBTRegressionModel g ? g.featureImportances()
        : last instanceof RandomForestRegressionModel r ? r.featureImportances() : null;
    Map<String, Double> importances = new LinkedHashMap<>();
    if (vector == null) {
      return importances;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < vector.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -vector.apply(i)));
    for (int i : order) {
      importances.put(i < names.size() ? names.get(i) : "slot " + i, vector.apply(i));
    }
    return importances;
  }
}
