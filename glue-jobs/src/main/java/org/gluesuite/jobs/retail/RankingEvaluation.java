package org.gluesuite.jobs.retail;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Top-k ranking metrics of a recommender on the held-out period, for every k from 1 to {@code maxK} in one pass.
 * A customer's relevant products are the distinct products bought in the held-out period. Per customer, with
 * {@code hits(k)} the relevant products among the first k recommended:
 * precision@k = hits(k)/k; recall@k = hits(k)/|relevant|; average precision@k = the sum of precision@i over the
 * positions i ≤ k that are hits, divided by min(|relevant|, k) (Spark's {@code RankingMetrics} definition of
 * MAP@k). Each is the mean over the evaluated customers. Coverage@k is the share of the training products that
 * appear in at least one customer's top k.
 *
 * <p>Two protocols, run the same way for every recommender: {@link Protocol#ALLOW} recommends any product and counts
 * every product bought in the held-out period; {@link Protocol#EXCLUDE} neither recommends nor counts products the
 * customer bought before the cutoff, and skips customers who bought nothing new.
 */
final class RankingEvaluation {
  private RankingEvaluation() {
  }

  /** Whether products bought before the cutoff may be recommended (and count as relevant). */
  enum Protocol {
    ALLOW, EXCLUDE;

    String key() {
      return this == ALLOW ? "bought_items_allowed" : "bought_items_excluded";
    }
  }

  /**
   * The metrics at every k (arrays indexed k-1).
   *
   * @param customers customers evaluated
   * @param precision precision@k
   * @param recall recall@k
   * @param map MAP@k
   * @param coverage coverage@k
   */
  record Result(int customers, double[] precision, double[] recall, double[] map, double[] coverage) {
    /** The four headline metrics at k, as {@code metrics.json} names them ({@code precision_at_10}, …). */
    Map<String, Double> at(int k) {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("precision_at_" + k, precision[k - 1]);
      m.put("recall_at_" + k, recall[k - 1]);
      m.put("map_at_" + k, map[k - 1]);
      m.put("coverage", coverage[k - 1]);
      return m;
    }
  }

  /**
   * Evaluates a recommender given as {@code scorer}: every product's score for a customer (null when the
   * recommender knows nothing about the customer: no recommendation, every relevant product a miss).
   */
  static Result evaluate(HeldOutSplit split, Protocol protocol, IntFunction<double[]> scorer, int maxK) {
    double[] precision = new double[maxK];
    double[] recall = new double[maxK];
    double[] map = new double[maxK];
    @SuppressWarnings("unchecked")
    Set<Integer>[] recommended = new Set[maxK];
    for (int k = 0; k < maxK; k++) {
      recommended[k] = new HashSet<>();
    }
    int customers = 0;
    for (int customer : split.evaluated()) {
      Set<Integer> bought = split.trainItems(customer);
      Set<Integer> relevant = new HashSet<>(split.testItems(customer));
      if (protocol == Protocol.EXCLUDE) {
        relevant.removeAll(bought);
        if (relevant.isEmpty()) {
          continue;
        }
      }
      double[] scores = scorer.apply(customer);
      int[] top = scores == null ? new int[0]
          : TopK.of(scores, maxK, protocol == Protocol.EXCLUDE ? bought::contains : i -> false);
      int hits = 0;
      double precisionSum = 0;
      for (int k = 1; k <= maxK; k++) {
        if (k <= top.length) {
          recommended[k - 1].add(top[k - 1]);
          if (relevant.contains(top[k - 1])) {
            hits++;
            precisionSum += hits / (double) k;
          }
        }
        precision[k - 1] += hits / (double) k;
        recall[k - 1] += hits / (double) relevant.size();
        map[k - 1] += precisionSum / Math.min(relevant.size(), k);
      }
      customers++;
    }
    double[] coverage = new double[maxK];
    for (int k = 0; k < maxK; k++) {
      // a product in the top k is in every top k' >= k
      if (k > 0) {
        recommended[k].addAll(recommended[k - 1]);
      }
      coverage[k] = recommended[k].size() / (double) split.items().size();
      if (customers > 0) {
        precision[k] /= customers;
        recall[k] /= customers;
        map[k] /= customers;
      }
    }
    return new Result(customers, precision, recall, map, coverage);
  }
}
