package org.gluesuite.jobs.retail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.jobs.retail.RankingEvaluation.Protocol;

/**
 * ALS and its baselines scored on the held-out period under both protocols, and the {@code metrics.json} document
 * that reports them. The baseline is most-popular: products ranked by the number of distinct customers who bought
 * them over the whole training period, the same list for everyone (minus bought products when they are excluded).
 * A stronger popularity of the last 30 training days is reported as context, not as the baseline.
 */
final class RecommenderEvaluation {
  static final String PIPELINE = "retail";
  static final String BASELINE = "most popular: products ranked by distinct customers over the whole training "
      + "period, the same list for every customer (minus products already bought when those are excluded)";
  static final int RECENT_DAYS = 30;

  private final HeldOutSplit split;
  private final RecommenderSettings settings;
  private final Map<Protocol, Scores> byProtocol = new LinkedHashMap<>();

  /** One protocol's results. */
  record Scores(RankingEvaluation.Result model, RankingEvaluation.Result baseline, RankingEvaluation.Result recent) {
    double lift() {
      double base = baseline.precision()[RecommenderSettings.TOP_K - 1];
      return base == 0 ? Double.POSITIVE_INFINITY : model.precision()[RecommenderSettings.TOP_K - 1] / base;
    }
  }

  private RecommenderEvaluation(HeldOutSplit split, RecommenderSettings settings) {
    this.split = split;
    this.settings = settings;
  }

  static RecommenderEvaluation run(HeldOutSplit split, ImplicitAls.Factors model, RecommenderSettings settings) {
    RecommenderEvaluation evaluation = new RecommenderEvaluation(split, settings);
    double[] popular = split.customersPerItem();
    double[] recent = split.recentCustomersPerItem(RECENT_DAYS);
    int maxK = settings.curveMaxK();
    for (Protocol protocol : Protocol.values()) {
      evaluation.byProtocol.put(protocol, new Scores(
          RankingEvaluation.evaluate(split, protocol, model::scoresOf, maxK),
          RankingEvaluation.evaluate(split, protocol, customer -> popular, maxK),
          RankingEvaluation.evaluate(split, protocol, customer -> recent, maxK)));
    }
    return evaluation;
  }

  /** The protocol the settings make the headline. */
  Protocol headline() {
    return settings.boughtItems() == RecommenderSettings.BoughtItems.EXCLUDE ? Protocol.EXCLUDE : Protocol.ALLOW;
  }

  Scores scores(Protocol protocol) {
    return byProtocol.get(protocol);
  }

  /** The {@code metrics.json} document (fields in the README). */
  Map<String, Object> metricsDocument() {
    int k = RecommenderSettings.TOP_K;
    Scores headline = scores(headline());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("pipeline", PIPELINE);
    doc.put("task", "recommendation");
    doc.put("model", pair("type", "als_implicit", "params", settings.alsParams()));
    doc.put("splits", Collections.singletonMap("test",
        pair("model", headline.model().at(k), "baseline", headline.baseline().at(k))));
    doc.put("rows", pair("train", split.trainLines(), "test", split.testLines()));
    doc.put("baseline", BASELINE);
    doc.put("protocol", headline().key());
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("first_invoice", split.firstInvoice());
    held.put("cutoff", split.cutoff() + " 00:00:00");
    held.put("last_invoice", split.lastInvoice());
    held.put("holdout_months", settings.holdoutMonths());
    held.put("train_customers", split.trainCustomers());
    held.put("train_items", split.items().size());
    held.put("test_customers", split.testCustomers());
    held.put("evaluated_customers", split.evaluated().size());
    held.put("test_lines_of_items_unseen_in_training", split.unknownItemLines());
    doc.put("split", held);
    Map<String, Object> protocols = new LinkedHashMap<>();
    for (Protocol protocol : Protocol.values()) {
      Scores s = scores(protocol);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("customers", s.model().customers());
      p.put("model", s.model().at(k));
      p.put("baseline", s.baseline().at(k));
      p.put("recent_popular_" + RECENT_DAYS + "_days", s.recent().at(k));
      p.put("precision_at_10_lift", s.lift());
      p.put("curves", curves(s));
      protocols.put(protocol.key(), p);
    }
    doc.put("protocols", protocols);
    doc.put("curves", curves(headline));
    return doc;
  }

  /** precision@k and recall@k for k = 1..max, for the model and the baseline: the report's chart. */
  private Map<String, Object> curves(Scores s) {
    List<Integer> ks = new ArrayList<>();
    for (int k = 1; k <= s.model().precision().length; k++) {
      ks.add(k);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("k", ks);
    c.put("precision_at_k", pair("model", list(s.model().precision()), "baseline", list(s.baseline().precision())));
    c.put("recall_at_k", pair("model", list(s.model().recall()), "baseline", list(s.baseline().recall())));
    return c;
  }

  /** Two entries in this order (JSON keeps it). */
  private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static List<Double> list(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
