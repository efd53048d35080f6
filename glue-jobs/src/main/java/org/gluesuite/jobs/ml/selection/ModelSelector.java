package org.gluesuite.jobs.ml.selection;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Model selection for regressions, in the manner of SageMaker Autopilot: every candidate of a {@link SearchGrid} (and
 * the members of the job's fixed model, {@link SelectionSettings#fixedModel()}) is fitted on expanding-window
 * {@link TimeFolds} of the training rows and scored on the fold after it; the candidates are ranked by the mean
 * validation metric, beside the fixed model and (with {@link SelectionSettings#ensemble()}) a {@link GreedyEnsemble}
 * of the best ones; the winner is refitted on all training rows and returned as one {@link PipelineModel}: the
 * feature stages, the regressor(s), and a last stage that writes the (weighted) prediction on the label's scale.
 *
 * <p>Only the rows handed in are read: the caller keeps its test period out of them. The fits of the folds run
 * {@link SelectionSettings#parallelism()} at a time; each candidate's result goes to {@code progress} as it ends
 * ("candidate k of n"). Validation predictions are collected to the driver to score and combine them, so this is
 * meant for training tables that fit there (days, orders), not for billions of rows.
 */
public final class ModelSelector {
  private static final String TARGET = "selection_target";
  private static final String FOLD_PREDICTION = "selection_prediction";
  /** How many of the best candidates the ensemble may draw on (besides the fixed model's members). */
  static final int LIBRARY = 10;

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
    List<Candidate> candidates = candidates();

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
              report(finished.incrementAndGet(), candidates.size(), single(new FoldPredictions(predictions, labels,
                  settings.metric(), settings.logTarget()), candidates.get(ci), ci, seconds[ci]));
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

    FoldPredictions scored = new FoldPredictions(predictions, labels, settings.metric(), settings.logTarget());
    List<LeaderboardEntry> entries = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      entries.add(single(scored, candidates.get(c), c, seconds[c]));
    }
    List<Integer> order = ranked(entries);
    List<Integer> fixed = fixedMembers(candidates);
    if (!fixed.isEmpty()) {
      List<Double> equal = fixed.stream().map(i -> 1.0 / fixed.size()).toList();
      entries.add(combination(LeaderboardEntry.Kind.FIXED, scored, candidates, fixed, equal,
          scored.perFold(fixed, equal), seconds));
    }
    if (settings.ensemble()) {
      LeaderboardEntry ensemble = ensemble(scored, candidates, order, fixed, seconds);
      if (ensemble != null) {
        entries.add(ensemble);
      }
    }
    order = ranked(entries);
    List<LeaderboardEntry> leaderboard = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      leaderboard.add(entries.get(order.get(i)).withRank(i + 1));
    }
    LeaderboardEntry best = leaderboard.get(0);
    PipelineModel model = refit(data, featureStages, featuresColumn, best.members(), best.weights(),
        predictionColumn);
    return new SelectionResult(leaderboard, model, folds, settings, candidates.size());
  }

  /** The grid's candidates, then the fixed model's members that are not already one of them. */
  private List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>(settings.grid().candidates());
    for (Candidate member : settings.fixedModel()) {
      if (out.stream().noneMatch(c -> c.sameModelAs(member, settings.seed()))) {
        out.add(member);
      }
    }
    return out;
  }

  /** The fixed model's members as candidate indexes. */
  private List<Integer> fixedMembers(List<Candidate> candidates) {
    List<Integer> out = new ArrayList<>();
    for (Candidate member : settings.fixedModel()) {
      for (int c = 0; c < candidates.size(); c++) {
        if (candidates.get(c).sameModelAs(member, settings.seed())) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The greedy weighted ensemble of the {@link #LIBRARY} best candidates (and the fixed model's members), or null when
   * it is a single candidate. Its validation score is honest: each fold is scored with weights chosen on the other
   * folds (with one fold, on that fold); the weights it is refitted with are chosen on all folds.
   */
  private LeaderboardEntry ensemble(FoldPredictions scored, List<Candidate> candidates, List<Integer> order,
      List<Integer> fixed, double[][] seconds) {
    List<Integer> library = new ArrayList<>();
    for (int c : order) {
      if (library.size() < LIBRARY && !Double.isNaN(scored.perFold(List.of(c), List.of(1.0)).get(0))) {
        library.add(c);
      }
    }
    fixed.stream().filter(c -> !library.contains(c)).forEach(library::add);
    if (library.size() < 2) {
      return null;
    }
    List<Integer> all = new ArrayList<>();
    for (int f = 0; f < scored.folds(); f++) {
      all.add(f);
    }
    List<Double> perFold = new ArrayList<>();
    for (int f = 0; f < scored.folds(); f++) {
      int held = f;
      List<Integer> others = all.size() == 1 ? all : all.stream().filter(o -> o != held).toList();
      double[] w = GreedyEnsemble.weights(scored, library, others);
      perFold.add(scored.score(library, boxed(w), f));
    }
    double[] weights = GreedyEnsemble.weights(scored, library, all);
    List<Integer> members = new ArrayList<>();
    List<Double> memberWeights = new ArrayList<>();
    for (int m = 0; m < library.size(); m++) {
      if (weights[m] > 0) {
        members.add(library.get(m));
        memberWeights.add(weights[m]);
      }
    }
    return members.size() < 2 ? null
        : combination(LeaderboardEntry.Kind.ENSEMBLE, scored, candidates, members, memberWeights, perFold, seconds);
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  private LeaderboardEntry single(FoldPredictions scored, Candidate candidate, int index, double[] seconds) {
    List<Double> perFold = scored.perFold(List.of(index), List.of(1.0));
    return LeaderboardEntry.single(candidate, settings.metric().jsonName(), mean(perFold),
        perFold, Arrays.stream(seconds).sum());
  }

  private LeaderboardEntry combination(LeaderboardEntry.Kind kind, FoldPredictions scored,
      List<Candidate> candidates, List<Integer> members, List<Double> weights, List<Double> perFold,
      double[][] seconds) {
    double time = 0;
    for (int m : members) {
      time += Arrays.stream(seconds[m]).sum();
    }
    return new LeaderboardEntry(0, kind, members.stream().map(candidates::get).toList(), weights,
        settings.metric().jsonName(), mean(perFold), perFold, time);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
  }

  /** Entry indexes best first; ties keep the order entries were added in. */
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
    Predictor<?, ?, ?> estimator = candidate.estimator(input, TARGET, settings.seed());
    estimator.setPredictionCol(prediction);
    stages.add(estimator);
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /**
   * Fits the winner on all training rows: feature stages, each member's regressor writing {@code prediction_i}, and
   * a SQL stage with their weighted average in {@code predictionColumn} (exp of it for a ln target).
   */
  private PipelineModel refit(Dataset<Row> data, List<PipelineStage> featureStages, String featuresColumn,
      List<Candidate> members, List<Double> weights, String predictionColumn) {
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
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      terms.add(weights.get(i) + " * " + outputs.get(i));
    }
    String mean = "(" + String.join(" + ", terms) + ")";
    stages.add(new SQLTransformer().setStatement("SELECT *, " + (settings.logTarget() ? "exp(" + mean + ")" : mean)
        + " AS " + predictionColumn + " FROM __THIS__"));
    // a pipeline of fitted stages only: fit() keeps them as they are and reads no data
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(data);
  }
}
