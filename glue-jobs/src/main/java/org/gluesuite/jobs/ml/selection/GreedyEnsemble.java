package org.gluesuite.jobs.ml.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Ensemble selection (Caruana et al., 2004; the weighted ensemble AutoGluon and SageMaker Autopilot's ensembling mode
 * build): starting from nothing, {@link #STEPS} times add the library model (with replacement) whose addition gives
 * the best validation metric of the running average; a model's weight is the share of steps that picked it. Only
 * the validation folds' predictions are read, so it needs no extra fit. Deterministic: ties go to the model ranked
 * higher in the library.
 */
final class GreedyEnsemble {
  /** The steps of the greedy search: weights are multiples of 1/STEPS. */
  static final int STEPS = 20;

  private GreedyEnsemble() {
  }

  /**
   * The weight of each library model (indexes into {@code predictions}, best first), chosen on the folds
   * {@code fitFolds}; the weights sum to 1.
   */
  static double[] weights(FoldPredictions predictions, List<Integer> library, List<Integer> fitFolds) {
    int[] picks = new int[library.size()];
    List<double[]> sums = new ArrayList<>();
    for (int f : fitFolds) {
      sums.add(new double[predictions.of(library.get(0), f).length]);
    }
    for (int step = 1; step <= STEPS; step++) {
      int best = -1;
      double bestScore = Double.NaN;
      for (int m = 0; m < library.size(); m++) {
        double total = 0;
        for (int i = 0; i < fitFolds.size(); i++) {
          int fold = fitFolds.get(i);
          double[] p = predictions.of(library.get(m), fold);
          double[] trial = sums.get(i).clone();
          for (int r = 0; r < trial.length; r++) {
            trial[r] += p[r];
          }
          total += predictions.score(trial, step, fold);
        }
        double score = total / fitFolds.size();
        if (!Double.isNaN(score) && (best < 0 || predictions.metric().compare(score, bestScore) < 0)) {
          best = m;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      picks[best]++;
      for (int i = 0; i < fitFolds.size(); i++) {
        double[] p = predictions.of(library.get(best), fitFolds.get(i));
        double[] sum = sums.get(i);
        for (int r = 0; r < sum.length; r++) {
          sum[r] += p[r];
        }
      }
    }
    int total = 0;
    for (int p : picks) {
      total += p;
    }
    double[] weights = new double[library.size()];
    for (int m = 0; m < weights.length; m++) {
      weights[m] = total == 0 ? 0 : (double) picks[m] / total;
    }
    return weights;
  }
}
