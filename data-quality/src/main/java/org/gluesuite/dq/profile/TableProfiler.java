package org.gluesuite.dq.profile;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.RandomForestClassifier;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.RandomForestRegressor;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.gluesuite.dq.DataQualityErrors;

/**
 * Profiles a table: per column the missing values, distinct values, numeric statistics with IQR outliers, the most
 * frequent values and a histogram; duplicate rows; and with a target, each column's predictive power alone (high
 * power = possible target leakage) and a quick model's score. Every statistic is computed by Spark; only the
 * per-column results (a few hundred numbers) reach the driver.
 */
public final class TableProfiler {
  /** A column alone predicting the target at least this well (0..1) is flagged as possible leakage. */
  public static final double LEAKAGE_THRESHOLD = 0.95;
  static final int TOP_VALUES = 10;
  static final int BINS = 20;
  /** A column with more distinct values than this share of the rows is an identifier: it is binned, not grouped. */
  private static final double ID_SHARE = 0.5;
  private static final long SEED = 13L;
  /** The most values a text column may have to enter the quick model (its trees' maxBins). */
  static final int MAX_CATEGORIES = 64;

  private TableProfiler() {
  }

  /**
   * @param data the table's rows
   * @param table its name, for the report
   * @param target the column to check leakage against and to model, or null
   */
  public static TableProfile profile(Dataset<Row> data, String table, String target) {
    List<String> names = Arrays.asList(data.columns());
    if (target != null && !names.contains(target)) {
      throw DataQualityErrors.unknownProfileTarget(table, target, names);
    }
    Dataset<Row> rows = data.cache();
    try {
      long total = rows.count();
      long duplicates = total - rows.distinct().count();
      List<ColumnProfile> columns = columns(rows, total);
      Map<String, Double> power = new LinkedHashMap<>();
      List<String> leakage = new ArrayList<>();
      Map<String, Object> quick = new LinkedHashMap<>();
      if (target != null && total > 0) {
        boolean numericTarget = isNumeric(rows.schema().apply(target).dataType())
            && columns.stream().filter(c -> c.name().equals(target)).findFirst().orElseThrow().distinct() > 10;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
          if (!f.name().equals(target)) {
            long distinct = columns.stream().filter(c -> c.name().equals(f.name())).findFirst().orElseThrow()
                .distinct();
            scored.add(Map.entry(f.name(), power(rows, f, distinct, target, numericTarget, total)));
          }
        }
        scored.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue()));
        for (Map.Entry<String, Double> e : scored) {
          power.put(e.getKey(), e.getValue());
          if (e.getValue() >= LEAKAGE_THRESHOLD) {
            leakage.add(e.getKey());
          }
        }
        quick = quickModel(rows, target, numericTarget, columns);
      }
      return new TableProfile(table, total, duplicates, columns, target, power, leakage, quick);
    } finally {
      rows.unpersist();
    }
  }

  private static boolean isNumeric(DataType type) {
    return type instanceof NumericType;
  }

  /**
   * Every column's profile: the counts, the numeric statistics, the quantiles and the outlier counts of all columns
   * are computed in a few passes over the rows; the most frequent values and the histogram take one job a column.
   */
  private static List<ColumnProfile> columns(Dataset<Row> rows, long total) {
    StructField[] fields = rows.schema().fields();
    List<Column> aggregates = new ArrayList<>();
    List<String> numeric = new ArrayList<>();
    for (StructField f : fields) {
      Column c = col(f.name());
      boolean isNumber = isNumeric(f.dataType());
      Column isMissing = isNumber ? c.isNull().or(c.cast("double").isNaN()) : c.isNull();
      aggregates.add(sum(when(isMissing, 1L).otherwise(0L)));
      aggregates.add(org.apache.spark.sql.functions.approx_count_distinct(c));
      if (isNumber) {
        numeric.add(f.name());
        Column v = value(f.name());
        aggregates.add(min(v));
        aggregates.add(max(v));
        aggregates.add(avg(v));
        aggregates.add(stddev_samp(v));
      }
    }
    Row stats = rows.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0])).first();
    double[] probabilities = {0.05, 0.25, 0.5, 0.75, 0.95};
    double[][] quantiles = numeric.isEmpty() ? new double[0][] : rows.select(numeric.stream()
        .map(n -> value(n).as(n)).toArray(Column[]::new)).stat()
        .approxQuantile(numeric.toArray(new String[0]), probabilities, 0.001);
    List<Column> outlierCounts = new ArrayList<>();
    for (int i = 0; i < numeric.size(); i++) {
      double[] q = quantiles[i];
      Column v = value(numeric.get(i));
      outlierCounts.add(q.length < 5 ? lit(0L)
          : sum(when(v.lt(q[1] - 1.5 * (q[3] - q[1])).or(v.gt(q[3] + 1.5 * (q[3] - q[1]))), 1L).otherwise(0L)));
    }
    Row outliers = outlierCounts.isEmpty() ? null : rows.agg(outlierCounts.get(0),
        outlierCounts.subList(1, outlierCounts.size()).toArray(new Column[0])).first();

    List<ColumnProfile> out = new ArrayList<>();
    int at = 0;
    int n = 0;
    String[] names = {"p05", "q1", "median", "q3", "p95"};
    for (StructField f : fields) {
      Column c = col(f.name());
      long missing = stats.isNullAt(at) ? 0 : stats.getLong(at);
      long distinct = stats.getLong(at + 1);
      at += 2;
      Map<String, Long> top = new LinkedHashMap<>();
      for (Row r : rows.where(c.isNotNull()).groupBy(c.cast("string").as("value")).count()
          .orderBy(col("count").desc(), col("value")).limit(TOP_VALUES).collectAsList()) {
        top.put(r.getString(0), r.getLong(1));
      }
      Map<String, Double> numbers = new LinkedHashMap<>();
      Map<String, Double> fences = new LinkedHashMap<>();
      long outlierCount = 0;
      ColumnProfile.Histogram histogram;
      if (isNumeric(f.dataType())) {
        for (String k : List.of("min", "max", "mean", "stddev")) {
          numbers.put(k, stats.isNullAt(at) ? Double.NaN : ((Number) stats.get(at)).doubleValue());
          at++;
        }
        double[] q = quantiles[n];
        for (int i = 0; i < names.length; i++) {
          numbers.put(names[i], q.length == names.length ? q[i] : Double.NaN);
        }
        if (q.length == names.length) {
          fences.put("lower", q[1] - 1.5 * (q[3] - q[1]));
          fences.put("upper", q[3] + 1.5 * (q[3] - q[1]));
          outlierCount = outliers.getLong(n);
        }
        histogram = histogram(rows.select(value(f.name()).as("v")).where(col("v").isNotNull()), numbers.get("min"),
            numbers.get("max"));
        n++;
      } else {
        histogram = new ColumnProfile.Histogram(new ArrayList<>(top.keySet()), new ArrayList<>(top.values()));
      }
      out.add(new ColumnProfile(f.name(), f.dataType().simpleString(), isNumeric(f.dataType()), missing,
          total == 0 ? 0 : 100.0 * missing / total, distinct, numbers, outlierCount, fences, top, histogram));
    }
    return out;
  }

  /** A numeric column as a double, NaN as null (so statistics skip it as they skip null). */
  private static Column value(String name) {
    Column v = col(name).cast("double");
    return when(v.isNaN(), lit(null).cast("double")).otherwise(v);
  }

  /** {@value #BINS} equal-width bins from min to max (one bin when they are equal). */
  private static ColumnProfile.Histogram histogram(Dataset<Row> values, double lo, double hi) {
    List<String> bins = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    if (Double.isNaN(lo)) {
      return new ColumnProfile.Histogram(bins, counts);
    }
    int n = hi > lo ? BINS : 1;
    double width = hi > lo ? (hi - lo) / n : 1;
    long[] byBin = new long[n];
    Column bin = floor(col("v").minus(lo).divide(width)).cast("int");
    for (Row r : values.select(when(bin.geq(n), n - 1).otherwise(bin).as("b")).groupBy("b").count().collectAsList()) {
      byBin[r.getInt(0)] = r.getLong(1);
    }
    for (int i = 0; i < n; i++) {
      bins.add(String.format(Locale.ROOT, "%.3g", lo + (i + 0.5) * width));
      counts.add(byBin[i]);
    }
    return new ColumnProfile.Histogram(bins, counts);
  }

  /**
   * How well {@code field} alone predicts the target, 0..1: the column's values (numbers with many values cut into
   * {@value #BINS} quantile bins) predict the target's mean (R², numeric target) or majority class (the share of
   * the errors of always guessing the majority class that the column removes) within each value.
   */
  private static double power(Dataset<Row> rows, StructField field, long distinct, String target,
      boolean numericTarget, long total) {
    Column key = key(rows, field, distinct, total);
    if (key == null) {
      return 0;
    }
    Dataset<Row> pairs = rows.select(key.as("k"), col(target).as("t"))
        .where(col("k").isNotNull().and(col("t").isNotNull()));
    if (numericTarget) {
      Dataset<Row> numeric = pairs.select(col("k"), col("t").cast("double").as("t"));
      Row overall = numeric.agg(avg("t"), org.apache.spark.sql.functions.var_pop("t"), count(lit(1))).first();
      if (overall.isNullAt(1) || overall.getDouble(1) == 0) {
        return 0;
      }
      Row within = numeric.groupBy("k").agg(org.apache.spark.sql.functions.var_pop("t").as("var"),
          count(lit(1)).as("n")).agg(sum(col("var").multiply(col("n")))).first();
      double residual = within.isNullAt(0) ? 0 : within.getDouble(0) / overall.getLong(2);
      return Math.max(0, 1 - residual / overall.getDouble(1));
    }
    Dataset<Row> byClass = pairs.select(col("k"), col("t").cast("string").as("t")).groupBy("k", "t").count();
    Row majority = pairs.groupBy(col("t").cast("string")).count().agg(max("count"), sum("count")).first();
    if (majority.isNullAt(1) || majority.getLong(1) == majority.getLong(0)) {
      return 0;
    }
    long correct = byClass.groupBy("k").agg(max("count")).agg(sum(col("max(count)"))).first().getLong(0);
    double baselineErrors = majority.getLong(1) - majority.getLong(0);
    return Math.max(0, 1 - (majority.getLong(1) - correct) / baselineErrors);
  }

  /**
   * The column as a grouping key: numbers with many values by quantile bin, text as it is; null for text with a
   * value per row or nearly (an identifier "predicts" anything it is grouped by, which says nothing).
   */
  private static Column key(Dataset<Row> rows, StructField field, long distinct, long total) {
    Column c = col(field.name());
    if (!isNumeric(field.dataType())) {
      return distinct > ID_SHARE * total ? null : c.cast("string");
    }
    if (distinct <= BINS) {
      return c.cast("string");
    }
    double[] edges = rows.select(c.cast("double").as("v")).where(col("v").isNotNull()).stat()
        .approxQuantile("v", quantiles(), 0.001);
    Column bin = lit(0);
    for (double edge : edges) {
      bin = bin.plus(when(c.cast("double").gt(edge), 1).otherwise(0));
    }
    return when(c.isNull(), lit(null)).otherwise(bin.cast("string"));
  }

  private static double[] quantiles() {
    double[] q = new double[BINS - 1];
    for (int i = 1; i < BINS; i++) {
      q[i - 1] = (double) i / BINS;
    }
    return q;
  }

  /**
   * A random forest on every other column (text indexed, numbers imputed), scored on a random fifth of the rows. Text
   * columns with more than {@value #MAX_CATEGORIES} values (identifiers, free text) are left out: trees cannot split
   * on them.
   */
  private static Map<String, Object> quickModel(Dataset<Row> rows, String target, boolean numericTarget,
      List<ColumnProfile> profiles) {
    List<PipelineStage> stages = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    Dataset<Row> data = rows.where(col(target).isNotNull());
    for (StructField f : rows.schema().fields()) {
      if (f.name().equals(target)) {
        continue;
      }
      if (!isNumeric(f.dataType()) && profiles.stream().anyMatch(p -> p.name().equals(f.name())
          && p.distinct() > MAX_CATEGORIES)) {
        leftOut.add(f.name());
        continue;
      }
      if (isNumeric(f.dataType())) {
        data = data.withColumn(f.name(), col(f.name()).cast("double"));
        numbers.add(f.name());
      } else {
        stages.add(new StringIndexer().setInputCol(f.name()).setOutputCol(f.name() + "__index")
            .setHandleInvalid("keep"));
        inputs.add(f.name() + "__index");
      }
    }
    if (!numbers.isEmpty()) {
      String[] in = numbers.toArray(new String[0]);
      stages.add(0, new Imputer().setInputCols(in).setOutputCols(Arrays.stream(in).map(n -> n + "__imputed")
          .toArray(String[]::new)).setStrategy("median"));
      numbers.forEach(n -> inputs.add(n + "__imputed"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("columns_left_out", leftOut);
    if (inputs.isEmpty()) {
      out.put("skipped", "no column besides the target");
      return out;
    }
    stages.add(new VectorAssembler().setInputCols(inputs.toArray(new String[0])).setOutputCol("__features")
        .setHandleInvalid("keep"));
    String label = target;
    if (!numericTarget) {
      stages.add(new StringIndexer().setInputCol(target).setOutputCol("__label").setHandleInvalid("skip"));
      label = "__label";
      stages.add(new RandomForestClassifier().setFeaturesCol("__features").setLabelCol(label).setNumTrees(20)
          .setMaxDepth(6).setMaxBins(MAX_CATEGORIES).setSeed(SEED));
    } else {
      data = data.withColumn(target, col(target).cast("double"));
      stages.add(new RandomForestRegressor().setFeaturesCol("__features").setLabelCol(label).setNumTrees(20)
          .setMaxDepth(6).setMaxBins(MAX_CATEGORIES).setSeed(SEED));
    }
    Dataset<Row>[] split = data.randomSplit(new double[] {0.8, 0.2}, SEED);
    if (split[0].limit(2).count() < 2 || split[1].limit(1).count() < 1) {
      out.put("skipped", "too few rows with a target");
      return out;
    }
    Dataset<Row> scored = new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(split[0])
        .transform(split[1]);
    out.put("algorithm", numericTarget ? "random forest regression (20 trees, depth 6)"
        : "random forest classification (20 trees, depth 6)");
    out.put("held_out_rows", scored.count());
    if (numericTarget) {
      out.put("r2", new RegressionEvaluator().setLabelCol(label).setMetricName("r2").evaluate(scored));
      out.put("rmse", new RegressionEvaluator().setLabelCol(label).setMetricName("rmse").evaluate(scored));
      out.put("baseline", "the training mean: R² 0 by definition");
    } else {
      out.put("accuracy", new MulticlassClassificationEvaluator().setLabelCol(label).setMetricName("accuracy")
          .evaluate(scored));
      Row majority = scored.groupBy(label).count().agg(max("count"), sum("count")).first();
      out.put("baseline_accuracy", (double) majority.getLong(0) / majority.getLong(1));
      out.put("baseline", "always the majority class");
    }
    return out;
  }
}
