package org.gluesuite.jobs.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RMSE, MAE and R² of (label, prediction) pairs, as MLlib's RegressionEvaluator defines them. */
public final class RegressionMetrics {
  private RegressionMetrics() {
  }

  /** {@code rmse, mae, r2}; empty input gives NaN for each, a constant label an R² of NaN. */
  public static Map<String, Double> of(List<double[]> pairs) {
    int n = pairs.size();
    double mean = 0;
    for (double[] p : pairs) {
      mean += p[0] / n;
    }
    double squared = 0;
    double absolute = 0;
    double total = 0;
    for (double[] p : pairs) {
      double e = p[0] - p[1];
      squared += e * e;
      absolute += Math.abs(e);
      total += (p[0] - mean) * (p[0] - mean);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("rmse", n == 0 ? Double.NaN : Math.sqrt(squared / n));
    out.put("mae", n == 0 ? Double.NaN : absolute / n);
    out.put("r2", n == 0 || total == 0 ? Double.NaN : 1 - squared / total);
    return out;
  }
}
