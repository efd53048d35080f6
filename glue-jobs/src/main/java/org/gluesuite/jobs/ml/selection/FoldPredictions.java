package org.gluesuite.jobs.ml.selection;

import java.util.ArrayList;
import java.util.List;
import org.gluesuite.jobs.ml.RegressionMetrics;

/**
 * Every candidate's predictions on every validation fold (on the target's scale) and the folds' labels: scores a
 * candidate or a weighted average of several, on the label's scale (exp of the average for a ln target).
 */
final class FoldPredictions {
  private final double[][][] predictions;
  private final List<double[]> labels;
  private final Metric metric;
  private final boolean logTarget;

  /**
   * @param predictions per candidate, per fold, per validation row
   * @param labels per fold, the validation rows' labels
   */
  FoldPredictions(double[][][] predictions, List<double[]> labels, Metric metric, boolean logTarget) {
    this.predictions = predictions;
    this.labels = labels;
    this.metric = metric;
    this.logTarget = logTarget;
  }

  int folds() {
    return labels.size();
  }

  Metric metric() {
    return metric;
  }

  /** The metric on {@code fold} of the average of {@code members}' predictions weighted by {@code weights}. */
  double score(List<Integer> members, List<Double> weights, int fold) {
    double[] combined = new double[labels.get(fold).length];
    for (int m = 0; m < members.size(); m++) {
      double[] p = predictions[members.get(m)][fold];
      for (int i = 0; i < combined.length; i++) {
        combined[i] += weights.get(m) * p[i];
      }
    }
    return score(combined, 1.0, fold);
  }

  /** The metric on {@code fold} of {@code sum / count} (a running sum of target-scale predictions). */
  double score(double[] sum, double count, int fold) {
    double[] y = labels.get(fold);
    List<double[]> pairs = new ArrayList<>(y.length);
    for (int i = 0; i < y.length; i++) {
      double mean = sum[i] / count;
      pairs.add(new double[] {y[i], logTarget ? Math.exp(mean) : mean});
    }
    return RegressionMetrics.of(pairs).get(metric.jsonName());
  }

  /** Candidate {@code c}'s predictions on {@code fold}. */
  double[] of(int c, int fold) {
    return predictions[c][fold];
  }

  /** The metric per fold of the weighted average of {@code members}. */
  List<Double> perFold(List<Integer> members, List<Double> weights) {
    List<Double> out = new ArrayList<>();
    for (int f = 0; f < folds(); f++) {
      out.add(score(members, weights, f));
    }
    return out;
  }
}
