package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.OneHotEncoder;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.regression.RandomForestRegressionModel;
import org.apache.spark.ml.regression.RandomForestRegressor;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.jobs.ml.RegressionMetrics;
import org.gluesuite.jobs.ml.selection.Candidate;
import org.gluesuite.jobs.ml.selection.ModelSelector;
import org.gluesuite.jobs.ml.selection.SelectionResult;
import org.gluesuite.jobs.shipping.ModelParams;
import org.gluesuite.jobs.shipping.ModelType;

/**
 * Trains the daily NO2 regression with MLlib, split by time.
 *
 * <ul>
 *   <li><b>Input:</b> one row per station and day ({@link DailyFeatures#COLUMNS}): {@code date}, {@code station}
 *       (optional: one series if absent), the label, {@code no2_hours} (optional) and the features. A day is
 *       labelled when its label is positive and (with {@code no2_hours}) rests on at least
 *       {@link No2ModelOptions#minLabelHours()} hourly values; other days are counted, not used.</li>
 *   <li><b>Split:</b> days before the split date train, days from it on test (default: the last year of data,
 *       2016-03-01 on the Beijing files).</li>
 *   <li><b>Models:</b> each a pipeline {@code Imputer(median) → [StringIndexer → OneHotEncoder](station, when
 *       several) → VectorAssembler → regressor}, fitted on ln(label) (or the label); the ensemble's prediction is
 *       exp of the mean of the linear regression's and the random forest's. One model for all stations (pooled).</li>
 *   <li><b>Baseline:</b> a linear regression of the label on {@link DailyFeatures#REFERENCE}.</li>
 *   <li><b>Size:</b> the daily table is small, so it is collected once and worked on as local frames; metrics are
 *       computed in the driver.</li>
 * </ul>
 */
public final class No2Model {
  /** The regressors to fit. */
  public enum Algorithm { LINEAR_REGRESSION, RANDOM_FOREST, LINEAR_RF_ENSEMBLE }

  public static final String PREDICTION = "prediction";
  /** metrics.json extra: per station, the splits' metrics and rows. */
  public static final String STATIONS_EXTRA = "stations";
  /** metrics.json extra: the variant with the previous day's NO2 as a feature. */
  public static final String LAG_EXTRA = "lag_variant";
  /** metrics.json extra: the random forest's feature importances, largest first. */
  public static final String IMPORTANCES_EXTRA = "feature_importances";
  static final String FEATURES_VECTOR = "features";
  /** The model's name under {@code model/} when it came from model selection. */
  public static final String SELECTED_MODEL = "selected";
  private static final String TARGET = "target";
  private static final String ROW = "row_index";
  private static final int RF_TREES = 100;
  private static final int RF_DEPTH = 10;
  private static final int RF_MIN_INSTANCES = 3;

  private No2Model() {
  }

  /** Trains with {@link No2ModelOptions#defaults()}. */
  public static No2TrainingResult train(Dataset<Row> daily) {
    return train(daily, No2ModelOptions.defaults());
  }

  public static No2TrainingResult train(Dataset<Row> daily, No2ModelOptions options) {
    List<String> required = new ArrayList<>(List.of("date", options.label()));
    required.addAll(options.features());
    AirQualityCleaning.requireColumns(daily, "daily training", required);
    List<String> present = Arrays.stream(daily.columns()).toList();
    boolean lagPresent = options.lagVariant() && present.contains(DailyFeatures.NO2_LAG);

    List<Column> columns = new ArrayList<>();
    columns.add(to_date(col("date").cast("string")).as("date"));
    columns.add((present.contains("station") ? col("station").cast("string") : lit("all")).as("station"));
    columns.add(col(options.label()).cast("string").cast("double").as(options.label()));
    columns.add((present.contains("no2_hours") ? col("no2_hours").cast("long") : lit(null).cast("long"))
        .as("no2_hours"));
    List<String> candidates = new ArrayList<>(options.features());
    if (lagPresent && !candidates.contains(DailyFeatures.NO2_LAG)) {
      candidates.add(DailyFeatures.NO2_LAG);
    }
    for (String f : candidates) {
      columns.add(col(f).cast("string").cast("double").as(f));
    }
    for (String f : DailyFeatures.REFERENCE) {
      if (!candidates.contains(f) && present.contains(f)) {
        candidates.add(f);
        columns.add(col(f).cast("string").cast("double").as(f));
      }
    }
    Dataset<Row> typed = daily.select(columns.toArray(new Column[0])).where(col("date").isNotNull());
    StructType schema = typed.schema();
    List<Row> all = typed.collectAsList();
    SparkSession spark = daily.sparkSession();
    int labelAt = 2;

    List<Row> labelled = new ArrayList<>();
    for (Row r : all) {
      boolean enoughHours = r.isNullAt(3) || r.getLong(3) >= options.minLabelHours();
      if (!r.isNullAt(labelAt) && r.getDouble(labelAt) > 0 && enoughHours) {
        labelled.add(r);
      }
    }
    labelled.sort(Comparator.comparing(No2Model::localDate).thenComparing(r -> r.getString(1)));
    long withoutLabel = all.size() - labelled.size();
    if (labelled.isEmpty()) {
      throw AirQualityErrors.notEnoughRows("training", 0, 2, String.valueOf(options.splitDate()));
    }
    LocalDate last = localDate(labelled.get(labelled.size() - 1));
    LocalDate split = options.splitDate() != null ? options.splitDate() : defaultSplitDate(last);
    List<Row> trainRows = between(labelled, null, split);
    List<Row> testRows = between(labelled, split, null);

    List<String> features = usable(options.features(), trainRows, schema);
    int minimum = Math.max(features.size() + 2, 10);
    if (trainRows.size() < minimum) {
      throw AirQualityErrors.notEnoughRows("training", trainRows.size(), minimum, split.toString());
    }
    if (testRows.size() < 2) {
      throw AirQualityErrors.notEnoughRows("test", testRows.size(), 2, split.toString());
    }
    List<String> dropped = options.features().stream().filter(f -> !features.contains(f)).toList();
    TreeSet<String> stations = new TreeSet<>();
    trainRows.forEach(r -> stations.add(r.getString(1)));
    boolean pooled = stations.size() > 1;

    Dataset<Row> train = frame(spark, trainRows, schema, options);
    Dataset<Row> test = frame(spark, testRows, schema, options);
    SelectionResult selection = options.selection() == null ? null
        : new ModelSelector(options.selection().withLogTarget(options.logTarget())
            .withFixedModel(fixedCandidates(options)), System.err).select(train, featureStages(features, pooled), FEATURES_VECTOR, options.label(), "date", PREDICTION);
    Fitted model = selection == null ? fit(train, features, options.algorithm(), options, pooled)
        : new Fitted(Map.of(SELECTED_MODEL, selection.model()), options, pooled, true);
    List<String> reference = usable(DailyFeatures.REFERENCE.stream().filter(candidates::contains).toList(),
        trainRows, schema);
    Fitted baseline = reference.isEmpty() ? null
        : fit(train, reference, Algorithm.LINEAR_REGRESSION, options.toBuilder().logTarget(false).build(), false);

    Scores scores = new Scores(trainRows, testRows, labelAt);
    scores.add("model", model.predict(train, trainRows.size()), model.predict(test, testRows.size()));
    if (baseline != null) {
      scores.add("baseline", baseline.predict(train, trainRows.size()), baseline.predict(test, testRows.size()));
    }

    Map<String, Object> params = model.params(pooled, stations);
    if (selection != null) {
      params.put("algorithm", selection.best().algorithm());
      params.put("selected", selection.best().params());
    }
    ModelMetrics.Builder metrics = ModelMetrics.builder(AirQualityPipeline.NAME, ModelMetrics.Task.REGRESSION)
        .model(selection == null ? model.type() : "model selection: " + selection.best().describe(), params)
        .split("train", scores.metrics("model", "train", null), scores.metrics("baseline", "train", null))
        .split("test", scores.metrics("model", "test", null), scores.metrics("baseline", "test", null))
        .rows("train", trainRows.size()).rows("test", testRows.size());
    if (baseline != null) {
      metrics.baseline("linear regression of " + options.label() + " on " + String.join(", ", reference));
    }
    metrics.extra("label", options.label() + " of days with at least " + options.minLabelHours()
        + " hourly values and a positive mean");
    metrics.extra("split_date", split.toString());
    metrics.extra("train_period", List.of(day(trainRows.get(0)), day(trainRows.get(trainRows.size() - 1))));
    metrics.extra("test_period", List.of(day(testRows.get(0)), day(testRows.get(testRows.size() - 1))));
    metrics.extra("rows_without_label", withoutLabel);
    metrics.extra("features", features);
    metrics.extra("features_dropped", dropped);
    metrics.extra(STATIONS_EXTRA, scores.byStation(stations));
    if (selection != null) {
      metrics.extra(SelectionResult.LEADERBOARD_EXTRA, selection.leaderboardRows());
      metrics.extra(SelectionResult.SELECTION_EXTRA, selection.describe());
    }

    Map<String, Object> lag = null;
    if (lagPresent && usable(List.of(DailyFeatures.NO2_LAG), trainRows, schema).size() == 1) {
      List<String> withLag = new ArrayList<>(features);
      withLag.add(DailyFeatures.NO2_LAG);
      Fitted lagModel = fit(train, withLag, options.algorithm(), options, pooled);
      Scores lagScores = new Scores(trainRows, testRows, labelAt);
      lagScores.add("model", lagModel.predict(train, trainRows.size()), lagModel.predict(test, testRows.size()));
      lag = new LinkedHashMap<>();
      lag.put("features_added", List.of(DailyFeatures.NO2_LAG));
      Map<String, Object> lagSplits = new LinkedHashMap<>();
      lagSplits.put("train", Map.of("model", lagScores.metrics("model", "train", null)));
      lagSplits.put("test", Map.of("model", lagScores.metrics("model", "test", null)));
      lag.put("splits", lagSplits);
      lag.put(STATIONS_EXTRA, lagScores.byStation(stations));
      metrics.extra(LAG_EXTRA, lag);
    }
    Map<String, Double> importances = model.importances(features);
    if (!importances.isEmpty()) {
      metrics.extra(IMPORTANCES_EXTRA, importances);
    }

    List<Row> predicted = new ArrayList<>();
    double[] p = scores.predictions("model", "test");
    double[] b = baseline == null ? null : scores.predictions("baseline", "test");
    for (int i = 0; i < testRows.size(); i++) {
      Row r = testRows.get(i);
      predicted.add(RowFactory.create(Date.valueOf(localDate(r)), r.getString(1), r.getDouble(labelAt), p[i],
          b == null ? null : b[i]));
    }
    StructType predictionSchema = new StructType().add("date", DataTypes.DateType).add("station", DataTypes.StringType)
        .add(options.label(), DataTypes.DoubleType).add(PREDICTION, DataTypes.DoubleType)
        .add("baseline_prediction", DataTypes.DoubleType);
    Map<String, PipelineModel> models = new LinkedHashMap<>(model.models());
    if (baseline != null) {
      models.put("baseline", baseline.models().values().iterator().next());
    }
    return new No2TrainingResult(models, metrics.build(), spark.createDataFrame(predicted, predictionSchema));
  }

  /** The default first test day: one year before the day after {@code lastDay}. */
  public static LocalDate defaultSplitDate(LocalDate lastDay) {
    return lastDay.plusDays(1).minusYears(1);
  }

  /** The features with at least one value in the training rows. */
  private static List<String> usable(List<String> features, List<Row> trainRows, StructType schema) {
    List<String> out = new ArrayList<>();
    for (String f : features) {
      int at = schema.fieldIndex(f);
      if (trainRows.stream().anyMatch(r -> !r.isNullAt(at))) {
        out.add(f);
      }
    }
    return out;
  }

  private static Dataset<Row> frame(SparkSession spark, List<Row> rows, StructType schema, No2ModelOptions options) {
    List<Row> indexed = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Object[] values = new Object[schema.size() + 1];
      for (int c = 0; c < schema.size(); c++) {
        values[c] = rows.get(i).get(c);
      }
      values[schema.size()] = (long) i;
      indexed.add(RowFactory.create(values));
    }
    Dataset<Row> df = spark.createDataFrame(indexed, schema.add(ROW, DataTypes.LongType));
    Column label = col(options.label());
    return df.withColumn(TARGET, options.logTarget() ? org.apache.spark.sql.functions.log(label) : label);
  }

  private static Fitted fit(Dataset<Row> train, List<String> features, Algorithm algorithm, No2ModelOptions options,
      boolean pooled) {
    List<String> kinds = switch (algorithm) {
      case LINEAR_REGRESSION -> List.of("linear_regression");
      case RANDOM_FOREST -> List.of("random_forest");
      case LINEAR_RF_ENSEMBLE -> List.of("linear_regression", "random_forest");
    };
    Map<String, PipelineModel> models = new LinkedHashMap<>();
    for (String kind : kinds) {
      models.put(kind, pipeline(kind, features, options, pooled).fit(train));
    }
    return new Fitted(models, options, pooled, false);
  }

  /**
   * The fixed model ({@code options.algorithm()}) as model selection's candidates: the same regressors and settings
   * as {@link #pipeline}, so selection scores exactly what the job fits without it.
   */
  static List<Candidate> fixedCandidates(No2ModelOptions options) {
    Candidate linear = new Candidate(ModelType.LINEAR, new ModelParams(Map.of("regParam", 0.0,
        "elasticNetParam", 0.0)));
    Candidate forest = new Candidate(ModelType.RF, new ModelParams(Map.of("numTrees", (long) RF_TREES,
        "maxDepth", (long) RF_DEPTH, "minInstancesPerNode", (long) RF_MIN_INSTANCES, "featureSubsetStrategy",
        "onethird", "seed", options.seed())));
    return switch (options.algorithm()) {
      case LINEAR_REGRESSION -> List.of(linear);
      case RANDOM_FOREST -> List.of(forest);
      case LINEAR_RF_ENSEMBLE -> List.of(linear, forest);
    };
  }

  static Pipeline pipeline(String kind, List<String> features, No2ModelOptions options, boolean pooled) {
    List<PipelineStage> stages = featureStages(features, pooled);
    String target = options.logTarget() ? TARGET : options.label();
    if (kind.equals("random_forest")) {
      stages.add(new RandomForestRegressor().setLabelCol(target).setFeaturesCol(FEATURES_VECTOR)
          .setPredictionCol(PREDICTION).setNumTrees(RF_TREES).setMaxDepth(RF_DEPTH)
          .setMinInstancesPerNode(RF_MIN_INSTANCES).setFeatureSubsetStrategy("onethird").setSeed(options.seed()));
    } else {
      stages.add(new LinearRegression().setLabelCol(target).setFeaturesCol(FEATURES_VECTOR)
          .setPredictionCol(PREDICTION));
    }
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /** Imputer(median) → [StringIndexer → OneHotEncoder](station, when pooled) → VectorAssembler into features. */
  static List<PipelineStage> featureStages(List<String> features, boolean pooled) {
    String[] in = features.toArray(new String[0]);
    String[] imputed = Arrays.stream(in).map(f -> f + "_imputed").toArray(String[]::new);
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new Imputer().setInputCols(in).setOutputCols(imputed).setStrategy("median"));
    List<String> vector = new ArrayList<>(List.of(imputed));
    if (pooled) {
      stages.add(new StringIndexer().setInputCol("station").setOutputCol("station_index").setHandleInvalid("keep")
          .setStringOrderType("alphabetAsc"));
      stages.add(new OneHotEncoder().setInputCol("station_index").setOutputCol("station_vector")
          .setHandleInvalid("keep"));
      vector.add("station_vector");
    }
    stages.add(new VectorAssembler().setInputCols(vector.toArray(new String[0])).setOutputCol(FEATURES_VECTOR));
    return stages;
  }

  /**
   * Fitted component pipelines and how their predictions combine; {@code labelScale}: the one model predicts the
   * label itself (model selection's), not ln of it.
   */
  private record Fitted(Map<String, PipelineModel> models, No2ModelOptions options, boolean pooled,
      boolean labelScale) {
    /** Predictions for the {@code rows} rows of {@code df}, in {@link #ROW} order, in label units. */
    double[] predict(Dataset<Row> df, int rows) {
      double[] sum = new double[rows];
      for (PipelineModel m : models.values()) {
        for (Row r : m.transform(df).select(ROW, PREDICTION).collectAsList()) {
          sum[(int) r.getLong(0)] += r.getDouble(1);
        }
      }
      for (int i = 0; i < rows; i++) {
        double mean = sum[i] / models.size();
        sum[i] = options.logTarget() && !labelScale ? Math.exp(mean) : mean;
      }
      return sum;
    }

    String type() {
      return String.join("+", models.keySet()) + (options.logTarget() ? " on ln(" + options.label() + ")" : "");
    }

    Map<String, Object> params(boolean pooledModel, TreeSet<String> stations) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("target", options.logTarget() ? "ln(" + options.label() + ")" : options.label());
      if (models.size() > 1) {
        p.put("combination", options.logTarget() ? "exp(mean of the models' predictions)"
            : "mean of the models' predictions");
      }
      p.put("imputer", "median of the training rows");
      p.put("pooled", pooledModel);
      p.put("stations", List.copyOf(stations));
      if (models.containsKey("linear_regression")) {
        p.put("linear_regression", Map.of("regParam", 0.0, "elasticNetParam", 0.0, "standardization", true));
      }
      if (models.containsKey("random_forest")) {
        p.put("random_forest", Map.of("numTrees", RF_TREES, "maxDepth", RF_DEPTH, "minInstancesPerNode",
            RF_MIN_INSTANCES, "featureSubsetStrategy", "onethird", "seed", options.seed()));
      }
      return p;
    }

    /** The random forest's importances by feature name (station indicators as station=NAME), largest first. */
    Map<String, Double> importances(List<String> features) {
      PipelineModel rf = models.get("random_forest");
      if (rf == null) {
        return Map.of();
      }
      List<String> names = new ArrayList<>(features);
      if (pooled) {
        for (var stage : rf.stages()) {
          if (stage instanceof StringIndexerModel indexer) {
            String[] labels = indexer.labelsArray()[0];
            for (int i = 0; i < labels.length - 1; i++) {
              names.add("station=" + labels[i]);
            }
          }
        }
      }
      double[] values = ((RandomForestRegressionModel) rf.stages()[rf.stages().length - 1]).featureImportances()
          .toArray();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(values[b], values[a]));
      Map<String, Double> out = new LinkedHashMap<>();
      for (int i : order) {
        out.put(i < names.size() ? names.get(i) : "feature_" + i, values[i]);
      }
      return out;
    }
  }

  /** Predictions of the train and test rows per model, and their metrics overall and per station. */
  private static final class Scores {
    private final List<Row> train;
    private final List<Row> test;
    private final int labelAt;
    private final Map<String, double[][]> predictions = new LinkedHashMap<>();

    Scores(List<Row> train, List<Row> test, int labelAt) {
      this.train = train;
      this.test = test;
      this.labelAt = labelAt;
    }

    void add(String name, double[] trainPredictions, double[] testPredictions) {
      predictions.put(name, new double[][] {trainPredictions, testPredictions});
    }

    double[] predictions(String name, String split) {
      return predictions.get(name)[split.equals("train") ? 0 : 1];
    }

    /** rmse, mae, r2 of model {@code name} on {@code split}, over {@code station}'s rows (null: all). */
    Map<String, Double> metrics(String name, String split, String station) {
      if (!predictions.containsKey(name)) {
        return Map.of();
      }
      List<Row> rows = split.equals("train") ? train : test;
      double[] p = predictions(name, split);
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (station == null || station.equals(rows.get(i).getString(1))) {
          pairs.add(new double[] {rows.get(i).getDouble(labelAt), p[i]});
        }
      }
      return RegressionMetrics.of(pairs);
    }

    Map<String, Object> byStation(TreeSet<String> stations) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String s : stations) {
        Map<String, Object> one = new LinkedHashMap<>();
        for (String split : List.of("train", "test")) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("model", metrics("model", split, s));
          if (predictions.containsKey("baseline")) {
            m.put("baseline", metrics("baseline", split, s));
          }
          one.put(split, m);
        }
        one.put("rows", Map.of("train", count(train, s), "test", count(test, s)));
        out.put(s, one);
      }
      return out;
    }

    private static long count(List<Row> rows, String station) {
      return rows.stream().filter(r -> station.equals(r.getString(1))).count();
    }
  }

  /** Rows (sorted by date) with {@code from <= date < to}; null bounds are open. */
  private static List<Row> between(List<Row> rows, LocalDate from, LocalDate to) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      LocalDate d = localDate(r);
      if ((from == null || !d.isBefore(from)) && (to == null || d.isBefore(to))) {
        out.add(r);
      }
    }
    return out;
  }

  private static String day(Row r) {
    return localDate(r).toString();
  }

  /** The row's {@code date}, whether Spark hands it out as java.sql.Date or (java8API) LocalDate. */
  static LocalDate localDate(Row r) {
    Object d = r.get(0);
    return d instanceof LocalDate ? (LocalDate) d : ((Date) d).toLocalDate();
  }
}
