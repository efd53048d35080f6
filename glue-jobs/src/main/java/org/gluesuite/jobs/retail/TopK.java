package org.gluesuite.jobs.retail;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** The indices of the k highest scores, best first; equal scores in index order, so results are deterministic. */
final class TopK {
  private TopK() {
  }

  /** At most {@code k} indices, skipping those {@code skip} accepts and scores that are NaN or -∞. */
  static int[] of(double[] scores, int k, IntPredicate skip) {
    int[] best = new int[k];
    double[] bestScores = new double[k];
    int size = 0;
    for (int i = 0; i < scores.length; i++) {
      double s = scores[i];
      if (Double.isNaN(s) || s == Double.NEGATIVE_INFINITY || (size == k && s <= bestScores[k - 1])
          || skip.test(i)) {
        continue;
      }
      int at = size < k ? size++ : k - 1;
      while (at > 0 && bestScores[at - 1] < s) {
        best[at] = best[at - 1];
        bestScores[at] = bestScores[at - 1];
        at--;
      }
      best[at] = i;
      bestScores[at] = s;
    }
    return Arrays.copyOf(best, size);
  }
}
