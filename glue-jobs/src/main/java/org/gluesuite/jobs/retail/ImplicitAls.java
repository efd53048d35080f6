package org.gluesuite.jobs.retail;

import static org.apache.spark.sql.functions.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Implicit-feedback ALS (Spark MLlib, {@code implicitPrefs=true}) over one confidence value per customer and
 * product. The fitted factors are collected into the driver ({@link Factors}): scoring every customer against every
 * product there is a few seconds for the Online Retail data (4,339 customers, 3,665 products), cheaper than Spark's
 * recommendForAll, and lets bought products be skipped exactly.
 */
final class ImplicitAls {
  static final String CUSTOMER = "customer_id";
  static final String RATING = "confidence";

  private ImplicitAls() {
  }

  /** {@code (customer_id, item, confidence)}: one row per customer and product of {@code lines} the index knows. */
  static Dataset<Row> ratings(Dataset<Row> lines, ItemIndex index, Confidence confidence) {
    return lines.groupBy(CUSTOMER, "stock_code")
        .agg(expr("CAST(" + confidence.aggregate() + " AS FLOAT)").as(RATING))
        .join(index.asTable(lines.sparkSession()), "stock_code")
        .select(CUSTOMER, ItemIndex.ITEM, RATING);
  }

  static Factors fit(Dataset<Row> ratings, ItemIndex index, RecommenderSettings settings) {
    ALS als = new ALS().setImplicitPrefs(true).setUserCol(CUSTOMER).setItemCol(ItemIndex.ITEM).setRatingCol(RATING)
        .setRank(settings.rank()).setRegParam(settings.regParam()).setAlpha(settings.alpha())
        .setMaxIter(settings.maxIter()).setSeed(settings.seed()).setColdStartStrategy("drop")
        .setNumUserBlocks(4).setNumItemBlocks(4);
    Dataset<Row> cached = ratings.cache();
    try {
      ALSModel model = als.fit(cached);
      return new Factors(model, collect(model.userFactors()), byItem(collect(model.itemFactors()), index.size()),
          index);
    } finally {
      cached.unpersist();
    }
  }

  private static Map<Integer, float[]> collect(Dataset<Row> factors) {
    Map<Integer, float[]> out = new HashMap<>();
    for (Row row : factors.collectAsList()) {
      List<Float> values = row.getList(1);
      float[] v = new float[values.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = values.get(i);
      }
      out.put(row.getInt(0), v);
    }
    return out;
  }

  private static float[][] byItem(Map<Integer, float[]> factors, int items) {
    float[][] out = new float[items][];
    factors.forEach((id, v) -> out[id] = v);
    return out;
  }

  /** A fitted model and its factors in the driver. */
  record Factors(ALSModel model, Map<Integer, float[]> customers, float[][] items, ItemIndex index) {

    /** The model's score of every product for a customer; null for a customer the model never saw. */
    double[] scoresOf(int customer) {
      float[] u = customers.get(customer);
      if (u == null) {
        return null;
      }
      double[] scores = new double[items.length];
      for (int i = 0; i < items.length; i++) {
        scores[i] = items[i] == null ? Double.NEGATIVE_INFINITY : dot(u, items[i]);
      }
      return scores;
    }

    /** The model's score of one product for each of {@code customerIds} (in that order). */
    double[] scoresFor(int item, int[] customerIds) {
      double[] scores = new double[customerIds.length];
      float[] v = items[item];
      for (int c = 0; c < customerIds.length; c++) {
        scores[c] = v == null ? Double.NEGATIVE_INFINITY : dot(customers.get(customerIds[c]), v);
      }
      return scores;
    }

    private static double dot(float[] a, float[] b) {
      double sum = 0;
      for (int k = 0; k < a.length; k++) {
        sum += a[k] * b[k];
      }
      return sum;
    }
  }
}
