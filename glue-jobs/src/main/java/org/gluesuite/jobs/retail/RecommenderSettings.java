package org.gluesuite.jobs.retail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gluesuite.common.args.JobArguments;

/**
 * The training job's settings, parsed once from its arguments; every one has a default (the configuration chosen
 * on a validation month of the real data, see the README).
 *
 * @param rank ALS {@code --rank} (latent factors), default 128
 * @param regParam ALS {@code --reg_param}, default 0.1 (Spark scales it by each customer's and product's number of
 *     ratings: 1.0 already collapses the model to popularity)
 * @param alpha ALS {@code --alpha}, the weight of confidence, default 1.0
 * @param maxIter ALS {@code --max_iter}, default 15
 * @param seed ALS {@code --seed}, default 13
 * @param confidence {@code --confidence}, default {@code invoices_log}
 * @param holdoutMonths {@code --holdout_months}: the months before the last invoice day held out, default 1
 * @param boughtItems {@code --bought_items}: {@code allow} (default) or {@code exclude} products a customer already
 *     bought: the headline protocol of {@code metrics.json} (both are always reported) and whether the customer
 *     recommendations may repeat a purchase
 * @param finalFit {@code --final_fit}: {@code all} (default) refits on every line for the recommendation tables;
 *     {@code train} keeps the evaluated model
 * @param curveMaxK {@code --curve_max_k}: the largest k of the precision@k curves, default 20
 */
public record RecommenderSettings(int rank, double regParam, double alpha, int maxIter, long seed,
    Confidence confidence, int holdoutMonths, BoughtItems boughtItems, FinalFit finalFit, int curveMaxK) {
  /** Recommendations per customer and per product, and the k of the headline metrics. */
  public static final int TOP_K = 10;

  /** Whether recommendations may name products the customer bought before. */
  public enum BoughtItems {
    ALLOW, EXCLUDE;

    public String argument() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Which lines the model behind the recommendation tables learns from. */
  public enum FinalFit {
    ALL, TRAIN;

    public String argument() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static RecommenderSettings defaults() {
    return new RecommenderSettings(128, 0.1, 1.0, 15, 13, Confidence.INVOICES_LOG, 1, BoughtItems.ALLOW,
        FinalFit.ALL, 20);
  }

  /** The settings the arguments give, defaults for the rest; fails naming the first bad one. */
  public static RecommenderSettings from(JobArguments args) {
    RecommenderSettings d = defaults();
    int rank = number(args, "rank", d.rank(), Integer::valueOf, v -> v >= 1 && v <= 1000, "a whole number 1..1000");
    double reg = number(args, "reg_param", d.regParam(), Double::valueOf, v -> v >= 0 && v < 100, "0 or more");
    double alpha = number(args, "alpha", d.alpha(), Double::valueOf, v -> v > 0 && v <= 1000, "more than 0");
    int iterations = number(args, "max_iter", d.maxIter(), Integer::valueOf, v -> v >= 1 && v <= 200,
        "a whole number 1..200");
    long seed = number(args, "seed", d.seed(), Long::valueOf, v -> true, "a whole number");
    Confidence confidence = choice(args, "confidence", Confidence.values(), d.confidence(), Confidence::argument);
    int months = number(args, "holdout_months", d.holdoutMonths(), Integer::valueOf, v -> v >= 1 && v <= 12,
        "a whole number of months 1..12");
    BoughtItems bought = choice(args, "bought_items", BoughtItems.values(), d.boughtItems(), BoughtItems::argument);
    FinalFit fit = choice(args, "final_fit", FinalFit.values(), d.finalFit(), FinalFit::argument);
    int maxK = number(args, "curve_max_k", d.curveMaxK(), Integer::valueOf, v -> v >= TOP_K && v <= 100,
        "a whole number " + TOP_K + "..100");
    return new RecommenderSettings(rank, reg, alpha, iterations, seed, confidence, months, bought, fit, maxK);
  }

  /** The ALS parameters as {@code metrics.json} lists them. */
  public Map<String, Object> alsParams() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("rank", rank);
    p.put("reg_param", regParam);
    p.put("alpha", alpha);
    p.put("max_iter", maxIter);
    p.put("seed", seed);
    p.put("implicit_prefs", true);
    p.put("confidence", confidence.argument());
    p.put("confidence_formula", confidence.aggregate());
    return p;
  }

  private static <T> T number(JobArguments args, String name, T fallback, Function<String, T> parse,
      java.util.function.Predicate<T> valid, String rule) {
    String text = args.find(name).orElse(null);
    if (text == null) {
      return fallback;
    }
    T value;
    try {
      value = parse.apply(text.trim());
    } catch (NumberFormatException e) {
      throw RetailErrors.invalidSetting("--" + name, text, "give " + rule);
    }
    if (!valid.test(value)) {
      throw RetailErrors.invalidSetting("--" + name, text, "give " + rule);
    }
    return value;
  }

  private static <E> E choice(JobArguments args, String name, E[] values, E fallback, Function<E, String> spelling) {
    String text = args.find(name).orElse(null);
    if (text == null) {
      return fallback;
    }
    for (E value : values) {
      if (spelling.apply(value).equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw RetailErrors.invalidSetting("--" + name, text, "use one of "
        + java.util.Arrays.stream(values).map(spelling).toList());
  }
}
