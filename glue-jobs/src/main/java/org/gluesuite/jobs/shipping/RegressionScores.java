package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Root mean squared error, mean absolute error and R² (1 − SSE/SST, SST around the label's own mean) of a prediction
 * column against the label.
 */
public record RegressionScores(double rmse, double mae, double r2) {

  /**
   * The scores of each of {@code predictions} against {@code label}, computed in one pass over {@code rows}.
   * R² is NaN when the label does not vary.
   */
  public static Map<String, RegressionScores> of(Dataset<Row> rows, String label, List<String> predictions) {
    Column y = col(label).cast("double");
    List<Column> sums = new ArrayList<>(List.of(sum(y), sum(y.multiply(y))));
    for (String prediction : predictions) {
      Column error = y.minus(col(prediction).cast("double"));
      sums.add(sum(pow(error, 2)));
      sums.add(sum(abs(error)));
    }
    Row totals = rows.agg(count(y), sums.toArray(new Column[0])).first();
    long n = totals.getLong(0);
    Map<String, RegressionScores> scores = new LinkedHashMap<>();
    if (n == 0) {
      predictions.forEach(p -> scores.put(p, new RegressionScores(Double.NaN, Double.NaN, Double.NaN)));
      return scores;
    }
    double sumY = totals.getDouble(1);
    double sst = totals.getDouble(2) - sumY * sumY / n;
    for (int i = 0; i < predictions.size(); i++) {
      double sse = totals.getDouble(3 + 2 * i);
      double sae = totals.getDouble(4 + 2 * i);
      scores.put(predictions.get(i), new RegressionScores(Math.sqrt(sse / n), sae / n,
          sst > 0 ? 1 - sse / sst : Double.NaN));
    }
    return scores;
  }
}
