package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains the daily NO2 regression with MLlib, split by time.
 *
 * <ul>
 *   <li><b>Input:</b> one row per day with {@code date} and the label and feature columns (the output of
 *       {@link AirQualityCleaning#joinOnDate}). Rows with a null label are dropped and counted.</li>
 *   <li><b>Nulls in features:</b> imputed with the training period's mean by an {@code Imputer} stage of
 *       the pipeline, so the fitted model also accepts days with a missing weather field.</li>
 *   <li><b>Split:</b> days before the split date train, days from it on test. By default the split date is
 *       the last day plus one day, minus one year: the test period is the last year of data (2023-01-01 for
 *       2021-01-01..2023-12-31; 2016-03-01 for 2013-03-01..2017-02-28).</li>
 *   <li><b>Pipeline:</b> Imputer, VectorAssembler ({@code features}), then linear regression or
 *       gradient-boosted trees. With {@link Algorithm#BEST_ON_VALIDATION} both are fitted on the training
 *       days before {@code splitDate - 1 year}, scored (RMSE) on the year before the split date, and the
 *       better one is refitted on the whole training period.</li>
 *   <li><b>Size:</b> the daily table is small (a row per day), so it is collected once to the driver and
 *       worked on as a local frame: the raw inputs are read once, however many passes the fit makes.</li>
 * </ul>
 */
public final class No2Model {
  /** The regressor to fit. */
  public enum Algorithm { LINEAR_REGRESSION, GBT_REGRESSOR, BEST_ON_VALIDATION }

  public static final String PREDICTION = "prediction";
  /** metrics.json extra: per station, the splits' metrics and rows. */
  public static final String STATIONS_EXTRA = "stations";
  /** metrics.json extra: the variant with the previous day's NO2 as a feature. */
  public static final String LAG_EXTRA = "lag_variant";
  static final String FEATURES_VECTOR = "features";

  private No2Model() {
  }

  /** Trains with {@link No2ModelOptions#defaults()}. */
  public static No2TrainingResult train(Dataset<Row> daily) {
    return train(daily, No2ModelOptions.defaults());
  }

  public static No2TrainingResult train(Dataset<Row> daily, No2ModelOptions options) {
    List<String> required = new ArrayList<>();
    required.add("date");
    required.add(options.label());
    required.addAll(options.features());
    AirQualityCleaning.requireColumns(daily, "daily training", required);

    List<Column> columns = new ArrayList<>();
    columns.add(to_date(col("date").cast("string")).as("date"));
    columns.add(col(options.label()).cast("string").cast("double").as(options.label()));
    for (String f : options.features()) {
      columns.add(col(f).cast("string").cast("double").as(f));
    }
    Dataset<Row> typed = daily.select(columns.toArray(new Column[0])).where(col("date").isNotNull());
    StructType schema = typed.schema();
    List<Row> all = typed.collectAsList();
    SparkSession spark = daily.sparkSession();

    List<Row> labelled = new ArrayList<>();
    for (Row r : all) {
      if (!r.isNullAt(1)) {
        labelled.add(r);
      }
    }
    labelled.sort((a, b) -> localDate(a).compareTo(localDate(b)));
    long withoutLabel = all.size() - labelled.size();
    int minimum = options.features().size() + 2;
    if (labelled.isEmpty()) {
      throw AirQualityErrors.notEnoughRows("training", 0, minimum, String.valueOf(options.splitDate()));
    }
    LocalDate last = localDate(labelled.get(labelled.size() - 1));
    LocalDate split = options.splitDate() != null ? options.splitDate() : defaultSplitDate(last);

    List<Row> trainRows = between(labelled, null, split);
    List<Row> testRows = between(labelled, split, null);
    if (trainRows.size() < minimum) {
      throw AirQualityErrors.notEnoughRows("training", trainRows.size(), minimum, split.toString());
    }
    if (testRows.size() < 2) {
      throw AirQualityErrors.notEnoughRows("test", testRows.size(), 2, split.toString());
    }
    Dataset<Row> train = spark.createDataFrame(trainRows, schema);
    Dataset<Row> test = spark.createDataFrame(testRows, schema);

    Algorithm chosen = options.algorithm();
    Map<String, Double> validation = new LinkedHashMap<>();
    if (chosen == Algorithm.BEST_ON_VALIDATION) {
      LocalDate validationStart = split.minusYears(1);
      List<Row> fitRows = between(trainRows, null, validationStart);
      List<Row> validationRows = between(trainRows, validationStart, null);
      chosen = Algorithm.LINEAR_REGRESSION;
      if (fitRows.size() >= minimum && validationRows.size() >= 2) {
        Dataset<Row> fit = spark.createDataFrame(fitRows, schema);
        Dataset<Row> val = spark.createDataFrame(validationRows, schema);
        double best = Double.POSITIVE_INFINITY;
        for (Algorithm candidate : List.of(Algorithm.LINEAR_REGRESSION, Algorithm.GBT_REGRESSOR)) {
          PipelineModel m = pipeline(candidate, options).fit(fit);
          double rmse = evaluator(options.label(), "rmse").evaluate(m.transform(val));
          validation.put(candidate.name(), rmse);
          if (rmse < best) {
            best = rmse;
            chosen = candidate;
          }
        }
      }
    }

    PipelineModel model = pipeline(chosen, options).fit(train);
    Dataset<Row> scored = model.transform(test);
    double rmse = evaluator(options.label(), "rmse").evaluate(scored);
    double mae = evaluator(options.label(), "mae").evaluate(scored);
    double r2 = evaluator(options.label(), "r2").evaluate(scored);
    Dataset<Row> predictions = scored
        .select(col("date"), col(options.label()), col(PREDICTION).cast(DataTypes.DoubleType))
        .orderBy("date");

    No2Metrics metrics = new No2Metrics(chosen.name(), options.label(), options.features(),
        split.toString(), day(trainRows.get(0)), day(trainRows.get(trainRows.size() - 1)),
        day(testRows.get(0)), day(testRows.get(testRows.size() - 1)), trainRows.size(),
        testRows.size(), withoutLabel, rmse, mae, r2, validation);
    return new No2TrainingResult(model, metrics, predictions);
  }

  /** The default first test day: one year before the day after {@code lastDay}. */
  public static LocalDate defaultSplitDate(LocalDate lastDay) {
    return lastDay.plusDays(1).minusYears(1);
  }

  /** The unfitted pipeline for one algorithm: Imputer, VectorAssembler, regressor. */
  static Pipeline pipeline(Algorithm algorithm, No2ModelOptions options) {
    String[] in = options.features().toArray(new String[0]);
    String[] imputed = new String[in.length];
    for (int i = 0; i < in.length; i++) {
      imputed[i] = in[i] + "_imputed";
    }
    Imputer imputer = new Imputer().setInputCols(in).setOutputCols(imputed).setStrategy("mean");
    VectorAssembler assembler = new VectorAssembler().setInputCols(imputed).setOutputCol(FEATURES_VECTOR);
    PipelineStage regressor;
    switch (algorithm) {
      case LINEAR_REGRESSION:
        regressor = new LinearRegression().setLabelCol(options.label()).setFeaturesCol(FEATURES_VECTOR)
            .setPredictionCol(PREDICTION);
        break;
      case GBT_REGRESSOR:
        regressor = new GBTRegressor().setLabelCol(options.label()).setFeaturesCol(FEATURES_VECTOR)
            .setPredictionCol(PREDICTION).setMaxDepth(3).setMaxIter(60).setStepSize(0.1)
            .setSubsamplingRate(0.8).setSeed(options.seed());
        break;
      default:
        throw new IllegalArgumentException("not a single algorithm: " + algorithm);
    }
    return new Pipeline().setStages(new PipelineStage[] {imputer, assembler, regressor});
  }

  private static RegressionEvaluator evaluator(String label, String metric) {
    return new RegressionEvaluator().setLabelCol(label).setPredictionCol(PREDICTION)
        .setMetricName(metric);
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
  private static LocalDate localDate(Row r) {
    Object d = r.get(0);
    return d instanceof LocalDate ? (LocalDate) d : ((Date) d).toLocalDate();
  }
}
