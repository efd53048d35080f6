package org.gluesuite.jobs.retail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
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
  static final String MODEL_TYPE = "als_implicit";

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

  /** The {@code metrics.json} document (fields in the README); {@code served} describes the model written. */
  ModelMetrics metrics(Map<String, Object> served) {
    int k = RecommenderSettings.TOP_K;
    Scores headline = scores(headline());
    ModelMetrics.Builder b = ModelMetrics.builder(PIPELINE, ModelMetrics.Task.RECOMMENDATION)
        .model(MODEL_TYPE, settings.alsParams())
        .split("test", headline.model().at(k), headline.baseline().at(k))
        .rows("train", split.trainLines())
        .rows("test", split.testLines())
        .baseline(BASELINE)
        .extra("protocol", headline().key());
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
    b.extra("split", held);
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
    b.extra("protocols", protocols);
    b.extra("curves", curves(headline));
    b.extra("served_model", served);
    return b.build();
  }

  /**
   * The run report's section: both protocols' metrics against both popularity lists, and precision@k and recall@k
   * of ALS against the most-popular baseline for k = 1..{@link RecommenderSettings#curveMaxK()}.
   */
  ReportSection reportSection() {
    int k = RecommenderSettings.TOP_K;
    List<List<String>> rows = new ArrayList<>();
    for (Protocol protocol : Protocol.values()) {
      Scores s = scores(protocol);
      rows.add(row(protocol, "ALS", s.model(), s.model().customers(), k));
      rows.add(row(protocol, "most popular (baseline)", s.baseline(), s.model().customers(), k));
      rows.add(row(protocol, "popular in the last " + RECENT_DAYS + " days", s.recent(), s.model().customers(), k));
    }
    Scores headline = scores(headline());
    List<Double> ks = new ArrayList<>();
    for (int i = 1; i <= headline.model().precision().length; i++) {
      ks.add((double) i);
    }
    String protocol = headline() == Protocol.EXCLUDE ? "bought products excluded" : "bought products allowed";
    return ReportSection.builder("Retail recommendations: " + MODEL_TYPE)
        .paragraph(String.format(Locale.ROOT, "Trained on the purchases before %s (%,d lines, %,d customers, %,d "
                + "products); evaluated on the held-out period from %s to %s (%,d lines) for the %,d customers who "
                + "bought in both. ALS precision@%d %.4f against %.4f for the baseline: %.2f×. Baseline: %s.",
            split.cutoff(), split.trainLines(), split.trainCustomers(), split.items().size(), split.cutoff(),
            split.lastInvoice(), split.testLines(), split.evaluated().size(), k,
            headline.model().precision()[k - 1], headline.baseline().precision()[k - 1], headline.lift(), BASELINE))
        .table("Top-" + k + " metrics on the held-out period", List.of("protocol", "recommender", "customers",
            "precision@" + k, "recall@" + k, "MAP@" + k, "coverage"), rows)
        .chart(Chart.line("precision@k, ALS vs most popular (" + protocol + ")", "k", "precision@k")
            .withSeries("ALS", ks, list(headline.model().precision()))
            .withSeries("most popular", ks, list(headline.baseline().precision())))
        .chart(Chart.line("recall@k, ALS vs most popular (" + protocol + ")", "k", "recall@k")
            .withSeries("ALS", ks, list(headline.model().recall()))
            .withSeries("most popular", ks, list(headline.baseline().recall())))
        .build();
  }

  private static List<String> row(Protocol protocol, String recommender, RankingEvaluation.Result r, int customers,
      int k) {
    return List.of(protocol.key(), recommender, String.format(Locale.ROOT, "%,d", customers),
        format(r.precision()[k - 1]), format(r.recall()[k - 1]), format(r.map()[k - 1]), format(r.coverage()[k - 1]));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** precision@k and recall@k for k = 1..max, for the model and the baseline. */
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
