package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.ml.selection.LeaderboardReport;

/**
 * What {@link ShippingModel#train} made.
 *
 * @param model the fitted pipeline: assembler (and scaler for {@code fm}) and regressor, over the features table
 * @param metrics the scores, rows and importances
 * @param predictions every training and validation order: {@code order_id, order_date, expected_shipping_days,
 *     actual_shipping_days, raw_prediction, rounded_prediction, split}
 */
public record ShippingTrainingResult(PipelineModel model, ShippingMetrics metrics, Dataset<Row> predictions) {
  public static final String MODEL_FOLDER = "model";
  /** The most feature slots the report's importance chart shows. */
  static final int CHART_FEATURES = 15;

  /**
   * Writes {@code metrics.json}, {@code report-section.json} and the model ({@code model/}, MLlib's format) under
   * {@code outputFolder} (any Hadoop path), replacing earlier ones. The predictions are the job's table, written by
   * its sink.
   */
  public void writeModel(String outputFolder) {
    Path base = new Path(outputFolder);
    try {
      FileSystem fs = base.getFileSystem(predictions.sparkSession().sparkContext().hadoopConfiguration());
      fs.mkdirs(base);
      model.write().overwrite().save(new Path(base, MODEL_FOLDER).toString());
      text(fs, new Path(base, ModelMetrics.FILE_NAME), metrics.toJson());
      text(fs, new Path(base, ReportSection.FILE_NAME), reportSection().toJson());
    } catch (IOException e) {
      throw ShippingErrors.writeFailed("the model, metrics.json and report-section.json under " + outputFolder, e);
    }
  }

  /**
   * The run report's section: the scores of both splits next to the baseline's, the tree models' feature importances,
   * predicted against actual days on the validation rows, and the mean residual per order date.
   */
  public ReportSection reportSection() {
    ReportSection.Builder section = ReportSection.builder("Shipping days model: " + metrics.modelType())
        .paragraph(String.format(Locale.ROOT, "Label: %s. Trained on %,d orders up to the date cutoff, validated on "
                + "the %,d later orders. Parameters: %s. Baseline: %s.", ShippingFeatures.LABEL,
            metrics.rows().getOrDefault(ShippingModel.TRAIN, 0L),
            metrics.rows().getOrDefault(ShippingModel.VALIDATION, 0L),
            metrics.params().isEmpty() ? "MLlib defaults" : metrics.params(), ShippingMetrics.BASELINE))
        .table("Scores (raw and rounded predictions)", List.of("split", "RMSE", "MAE", "R²", "RMSE rounded",
            "MAE rounded", "baseline RMSE", "baseline MAE"), scoreRows());
    LeaderboardReport.addTo(section, metrics.toModelMetrics());
    if (!metrics.featureImportances().isEmpty()) {
      List<String> names = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (Map.Entry<String, Double> e : metrics.featureImportances().entrySet()) {
        if (names.size() == CHART_FEATURES) {
          break;
        }
        names.add(e.getKey());
        values.add(e.getValue());
      }
      section.chart(Chart.bar("Feature importances (" + metrics.modelType() + "), top " + names.size(), "feature",
          "importance", names).withBars(metrics.modelType(), values));
    }
    return section.chart(predictedVsActual()).chart(residualsByDate()).build();
  }

  private List<List<String>> scoreRows() {
    List<List<String>> rows = new ArrayList<>();
    metrics.splits().forEach((name, s) -> rows.add(List.of(name, number(s.model().rmse()),
        number(s.model().mae()), number(s.model().r2()), number(s.modelRounded().rmse()),
        number(s.modelRounded().mae()), number(s.baseline().rmse()), number(s.baseline().mae()))));
    return rows;
  }

  /** Validation orders (at most {@link Chart#MAX_POINTS}): actual days against the raw prediction. */
  private Chart predictedVsActual() {
    List<Double> actual = new ArrayList<>();
    List<Double> predicted = new ArrayList<>();
    for (Row r : predictions.where(col(ShippingPreprocessing.SPLIT).equalTo(ShippingPreprocessing.VALIDATION))
        .orderBy(ShippingFeatures.ORDER_ID).limit(Chart.MAX_POINTS)
        .select(col(ShippingFeatures.LABEL).cast("double"), col(ShippingModel.RAW_PREDICTION)).collectAsList()) {
      actual.add(r.getDouble(0));
      predicted.add(r.getDouble(1));
    }
    return Chart.scatter("Predicted vs actual shipping days, validation orders", "actual days", "predicted days")
        .withIdentityLine().withSeries(metrics.modelType(), actual, predicted);
  }

  /** Mean residual (actual − predicted) per order date, one series per split. */
  private Chart residualsByDate() {
    Column day = datediff(col(ShippingFeatures.ORDER_DATE), lit("1970-01-01")).cast("double");
    Map<String, List<double[]>> bySplit = new LinkedHashMap<>();
    for (Row r : predictions.groupBy(col(ShippingPreprocessing.SPLIT), day.as("day"))
        .agg(avg(col(ShippingFeatures.LABEL).minus(col(ShippingModel.RAW_PREDICTION))).as("residual"))
        .orderBy("day").collectAsList()) {
      bySplit.computeIfAbsent(r.getString(0), s -> new ArrayList<>()).add(new double[] {r.getDouble(1),
          r.getDouble(2)});
    }
    Chart chart = Chart.scatter("Mean residual per order date (actual − predicted days)", "order date",
        "mean residual (days)").withDates();
    for (Map.Entry<String, List<double[]>> e : bySplit.entrySet()) {
      chart = chart.withSeries(e.getKey(), e.getValue().stream().map(v -> v[0]).toList(),
          e.getValue().stream().map(v -> v[1]).toList());
    }
    return chart;
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "";
  }

  private static void text(FileSystem fs, Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
