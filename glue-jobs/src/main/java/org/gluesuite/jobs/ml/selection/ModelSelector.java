package org.gluesuite.jobs.ml.selection;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.feature.MinMaxScaler;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.jobs.ml.RegressionMetrics;

/**
 * Model selection for regressions, in the manner of SageMaker Autopilot: every candidate of a {@link SearchGrid} is
 * fitted on expanding-window {@link TimeFolds} of the training rows and scored on the fold after it; the candidates
 * are ranked by the mean validation metric (and, with {@link SelectionSettings#blend()}, the average of the two best
 * algorithms' best candidates is ranked beside them); the winner is refitted on all training rows and returned as
 * one {@link PipelineModel}: the feature stages, the regressor(s), and a last stage that writes the prediction on
 * the label's scale.
 *
 * <p>Only the rows handed in are read: the caller keeps its test period out of them. The fits of the folds run
 * {@link SelectionSettings#parallelism()} at a time; each candidate's result goes to {@code progress} as it ends
 * ("candidate k of n"). Validation predictions are collected to the driver to score and blend them, so this is
 * meant for training tables that fit there (days, orders), not for billions of rows.
 */
public final class ModelSelector {
  private static final String TARGET = "selection_target";
  private static final String FOLD_PREDICTION = "selection_prediction";

  private final SelectionSettings settings;
  private final PrintStream progress;

  public ModelSelector(SelectionSettings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Selects and refits.
   *
   * @param training the training rows only (never the test period)
   * @param featureStages stages that turn a row into the vector column {@code featuresColumn} (fitted per fold)
   * @param featuresColumn the vector column the regressors read
   * @param label the numeric label column
   * @param timeColumn the column the folds are cut by (a date, a timestamp or a number)
   * @param predictionColumn the column the returned model writes its prediction to, on the label's scale
   */
  public SelectionResult select(Dataset<Row> training, List<PipelineStage> featureStages, String featuresColumn,
      String label, String timeColumn, String predictionColumn) {
    List<String> present = Arrays.asList(training.columns());
    List<String> missing = new ArrayList<>();
    for (String c : List.of(label, timeColumn)) {
      if (!present.contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw SelectionErrors.missingColumns(missing, present);
    }
    Dataset<Row> data = training.where(col(label).isNotNull())
        .withColumn(TARGET, settings.logTarget() ? org.apache.spark.sql.functions.log(col(label).cast("double"))
            : col(label).cast("double"));
    if (settings.logTarget() && data.where(col(label).leq(0)).limit(1).count() > 0) {
      throw SelectionErrors.nonPositiveLabel(label);
    }
    TimeFolds folds = TimeFolds.of(data, timeColumn, settings.folds());
    List<Candidate> candidates = settings.grid().candidates();

    List<Dataset<Row>> fitRows = new ArrayList<>();
    List<Dataset<Row>> validRows = new ArrayList<>();
    List<double[]> labels = new ArrayList<>();
    for (int f = 0; f < folds.size(); f++) {
      Dataset<Row> train = folds.training(data, f);
      PipelineModel features = new Pipeline().setStages(featureStages.toArray(new PipelineStage[0])).fit(train);
      fitRows.add(features.transform(train).cache());
      Dataset<Row> valid = features.transform(folds.validation(data, f)).cache();
      validRows.add(valid);
      labels.add(valid.select(col(label).cast("double")).collectAsList().stream().mapToDouble(r -> r.getDouble(0))
          .toArray());
    }

    double[][][] predictions = new double[candidates.size()][folds.size()][];
    double[][] seconds = new double[candidates.size()][folds.size()];
    AtomicInteger[] foldsLeft = new AtomicInteger[candidates.size()];
    AtomicInteger finished = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism());
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int c = 0; c < candidates.size(); c++) {
        foldsLeft[c] = new AtomicInteger(folds.size());
        for (int f = 0; f < folds.size(); f++) {
          int ci = c;
          int fi = f;
          tasks.add(pool.submit(() -> {
            long start = System.nanoTime();
            PipelineModel model = head(candidates.get(ci), featuresColumn, FOLD_PREDICTION, "selection_scaled")
                .fit(fitRows.get(fi));
            seconds[ci][fi] = (System.nanoTime() - start) / 1e9;
            predictions[ci][fi] = model.transform(validRows.get(fi)).select(FOLD_PREDICTION).collectAsList()
                .stream().mapToDouble(r -> r.getDouble(0)).toArray();
            if (foldsLeft[ci].decrementAndGet() == 0) {
              report(finished.incrementAndGet(), candidates.size(), score(List.of(candidates.get(ci)),
                  java.util.Collections.singletonList(predictions[ci]), labels, seconds[ci]));
            }
          }));
        }
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Model selection was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      fitRows.forEach(Dataset::unpersist);
      validRows.forEach(Dataset::unpersist);
    }

    List<LeaderboardEntry> entries = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      entries.add(score(List.of(candidates.get(c)), java.util.Collections.singletonList(predictions[c]), labels, seconds[c]));
    }
    List<Integer> order = ranked(entries);
    if (settings.blend()) {
      List<Integer> members = bestOfTwoAlgorithms(order, candidates);
      if (members.size() == 2) {
        double[] time = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
          time[f] = seconds[members.get(0)][f] + seconds[members.get(1)][f];
        }
        entries.add(score(members.stream().map(candidates::get).toList(),
            members.stream().map(m -> predictions[m]).toList(), labels, time));
        order = ranked(entries);
      }
    }
    List<LeaderboardEntry> leaderboard = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      leaderboard.add(entries.get(order.get(i)).withRank(i + 1));
    }
    PipelineModel model = refit(data, featureStages, featuresColumn, leaderboard.get(0).members(), predictionColumn);
    return new SelectionResult(leaderboard, model, folds, settings);
  }

  /** The first candidate (best ranked) of each of the two best algorithms, as indexes. */
  private static List<Integer> bestOfTwoAlgorithms(List<Integer> order, List<Candidate> candidates) {
    List<Integer> members = new ArrayList<>();
    Set<Object> seen = new LinkedHashSet<>();
    for (int i : order) {
      if (seen.add(candidates.get(i).type()) && members.size() < 2) {
        members.add(i);
      }
    }
    return members;
  }

  /** Entry indexes best first; ties keep the grid's order. */
  private List<Integer> ranked(List<LeaderboardEntry> entries) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, Double>comparing(i -> entries.get(i).validation(),
        (a, b) -> settings.metric().compare(sortable(a), sortable(b))).thenComparing(i -> i));
    return order;
  }

  /** NaN (a diverged fit) ranks last. */
  private double sortable(double v) {
    return Double.isNaN(v) ? (settings.metric().lowerIsBetter() ? Double.MAX_VALUE : -Double.MAX_VALUE) : v;
  }

  /** The metric per fold of the mean of the members' predictions (target scale), mapped back to the label. */
  private LeaderboardEntry score(List<Candidate> members, List<double[][]> memberPredictions, List<double[]> labels,
      double[] seconds) {
    List<Double> perFold = new ArrayList<>();
    double sum = 0;
    for (int f = 0; f < labels.size(); f++) {
      double[] y = labels.get(f);
      List<double[]> pairs = new ArrayList<>(y.length);
      for (int i = 0; i < y.length; i++) {
        double mean = 0;
        for (double[][] p : memberPredictions) {
          mean += p[f][i] / memberPredictions.size();
        }
        pairs.add(new double[] {y[i], settings.logTarget() ? Math.exp(mean) : mean});
      }
      double value = RegressionMetrics.of(pairs).get(settings.metric().jsonName());
      perFold.add(value);
      sum += value;
    }
    return new LeaderboardEntry(0, members, settings.metric().jsonName(), sum / labels.size(), perFold,
        Arrays.stream(seconds).sum());
  }

  private void report(int k, int n, LeaderboardEntry entry) {
    if (progress != null) {
      synchronized (progress) {
        progress.printf(Locale.ROOT, "model selection: candidate %d of %d: %s: validation %s %.4f (fit %.1f s)%n", k,
            n, entry.describe(), entry.metric(), entry.validation(), entry.fitSeconds());
        progress.flush();
      }
    }
  }

  /** The regressor of {@code candidate} (behind a [0, 1] scaler for factorization machines), unfitted. */
  private Pipeline head(Candidate candidate, String featuresColumn, String prediction, String scaled) {
    List<PipelineStage> stages = new ArrayList<>();
    String input = featuresColumn;
    if (candidate.type().needsScaledFeatures()) {
      stages.add(new MinMaxScaler().setInputCol(featuresColumn).setOutputCol(scaled));
      input = scaled;
    }
    Predictor<?, ?, ?> estimator = candidate.type().estimator(candidate.params(), input, TARGET);
    estimator.setPredictionCol(prediction);
    if (estimator.hasParam("seed") && !candidate.params().values().containsKey("seed")) {
      @SuppressWarnings("unchecked")
      Param<Object> seed = (Param<Object>) estimator.getParam("seed");
      estimator.set(seed, settings.seed());
    }
    stages.add(estimator);
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /**
   * Fits the winner on all training rows: feature stages, each member's regressor writing {@code prediction_i}, and
   * a SQL stage averaging them into {@code predictionColumn} (exp of the average for a ln target).
   */
  private PipelineModel refit(Dataset<Row> data, List<PipelineStage> featureStages, String featuresColumn,
      List<Candidate> members, String predictionColumn) {
    PipelineModel features = new Pipeline().setStages(featureStages.toArray(new PipelineStage[0])).fit(data);
    Dataset<Row> transformed = features.transform(data).cache();
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(features);
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      String out = predictionColumn + "_" + (i + 1);
      outputs.add(out);
      stages.add(head(members.get(i), featuresColumn, out, "scaled_" + featuresColumn + "_" + (i + 1))
          .fit(transformed));
    }
    transformed.unpersist();
    String mean = "(" + String.join(" + ", outputs) + ") / " + outputs.size();
    stages.add(new SQLTransformer().setStatement("SELECT *, " + (settings.logTarget() ? "exp(" + mean + ")" : mean)
        + " AS " + predictionColumn + " FROM __THIS__"));
    // a pipeline of fitted stages only: fit() keeps them as they are and reads no data
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(data);
  }
}
