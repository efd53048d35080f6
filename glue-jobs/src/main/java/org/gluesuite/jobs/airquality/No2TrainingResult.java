package org.gluesuite.jobs.airquality;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.ml.selection.LeaderboardReport;

/**
 * The outcome of {@link No2Model#train}.
 *
 * @param models the fitted pipelines by name ({@code linear_regression}, {@code random_forest}, {@code baseline});
 *     each reads the feature columns and writes {@code prediction} (ln(NO2) for the ln-target models)
 * @param metrics the metrics (the {@code metrics.json} document)
 * @param predictions the test period: {@code date}, {@code station}, the label, {@code prediction} and
 *     {@code baseline_prediction} (doubles)
 */
public record No2TrainingResult(Map<String, PipelineModel> models, ModelMetrics metrics,
    Dataset<Row> predictions) {

  public static final String MODEL_FOLDER = "model";
  public static final String PREDICTIONS_FOLDER = "predictions";
  /** The most feature importances the report's chart shows. */
  static final int CHART_FEATURES = 15;

  /**
   * Writes {@code metrics.json}, {@code report-section.json}, the models ({@code model/<name>/}, MLlib's format)
   * and the predictions ({@code predictions/}, Parquet) under {@code outputFolder}, replacing earlier outputs. The
   * folder is a Hadoop path: local, {@code file:}, {@code s3a:} or any file system Spark is configured for.
   */
  public void write(String outputFolder) {
    Path base = new Path(outputFolder);
    Configuration conf = predictions.sparkSession().sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = base.getFileSystem(conf);
      fs.mkdirs(base);
      text(fs, new Path(base, ModelMetrics.FILE_NAME), metrics.toJson());
      text(fs, new Path(base, ReportSection.FILE_NAME), reportSection().toJson());
      for (Map.Entry<String, PipelineModel> m : models.entrySet()) {
        m.getValue().write().overwrite().save(new Path(new Path(base, MODEL_FOLDER), m.getKey()).toString());
      }
    } catch (IOException e) {
      throw AirQualityErrors.writeFailed("the model outputs under " + outputFolder, e);
    }
    predictions.write().mode("overwrite").parquet(new Path(base, PREDICTIONS_FOLDER).toString());
  }

  /**
   * The run report's section: per-station test metrics (with the baseline and the lag variant), predicted against
   * actual and the residuals over the test period per station, and the random forest's feature importances.
   */
  public ReportSection reportSection() {
    String label = predictions.columns()[2];
    Map<String, List<double[]>> byStation = new LinkedHashMap<>();
    for (Row r : predictions.orderBy("station", "date").collectAsList()) {
      byStation.computeIfAbsent(r.getString(1), s -> new ArrayList<>()).add(new double[] {
          (double) No2Model.localDate(r).toEpochDay(), r.getDouble(2), r.getDouble(3)});
    }
    Chart scatter = Chart.scatter("Predicted vs actual daily NO2, test period", "actual " + label + " (µg/m³)",
        "predicted (µg/m³)").withIdentityLine();
    Chart residuals = Chart.scatter("Residuals over time (actual − predicted), test period", "day",
        "residual (µg/m³)").withDates();
    for (Map.Entry<String, List<double[]>> e : byStation.entrySet()) {
      List<Double> days = new ArrayList<>();
      List<Double> actual = new ArrayList<>();
      List<Double> predicted = new ArrayList<>();
      List<Double> residual = new ArrayList<>();
      for (double[] v : e.getValue()) {
        days.add(v[0]);
        actual.add(v[1]);
        predicted.add(v[2]);
        residual.add(v[1] - v[2]);
      }
      scatter = scatter.withSeries(e.getKey(), actual, predicted);
      residuals = residuals.withSeries(e.getKey(), days, residual);
    }
    String split = metrics.extra("split_date").map(n -> n.asText()).orElse("?");
    ReportSection.Builder section = ReportSection.builder("NO2 model: " + metrics.modelType())
        .paragraph(String.format(Locale.ROOT, "Label: %s. Trained on the days before %s (%,d rows), tested on the "
                + "days from it (%,d rows). Baseline: %s.",
            metrics.extra("label").map(n -> n.asText()).orElse(label), split,
            metrics.rows().getOrDefault("train", 0L), metrics.rows().getOrDefault("test", 0L),
            metrics.baseline() == null ? "none" : metrics.baseline()))
        .table("Test period by station", List.of("station", "days", "R²", "RMSE", "MAE", "baseline R²",
            "R² with previous-day NO2"), stationRows());
    LeaderboardReport.addTo(section, metrics);
    section.chart(scatter).chart(residuals);
    metrics.extra(No2Model.IMPORTANCES_EXTRA).ifPresent(importances -> {
      List<String> names = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      importances.fields().forEachRemaining(e -> {
        if (names.size() < CHART_FEATURES) {
          names.add(e.getKey());
          values.add(e.getValue().asDouble());
        }
      });
      section.chart(Chart.bar("Feature importances (random forest), top " + names.size(), "feature", "importance",
          names).withBars("random forest", values));
    });
    return section.build();
  }

  private List<List<String>> stationRows() {
    List<List<String>> rows = new ArrayList<>();
    var lag = metrics.extra(No2Model.LAG_EXTRA).map(n -> n.path(No2Model.STATIONS_EXTRA)).orElse(null);
    metrics.extra(No2Model.STATIONS_EXTRA).ifPresent(stations -> stations.fields().forEachRemaining(e -> {
      var test = e.getValue().path("test");
      rows.add(List.of(e.getKey(), e.getValue().path("rows").path("test").asText(),
          number(test.path("model").path("r2")), number(test.path("model").path("rmse")),
          number(test.path("model").path("mae")), number(test.path("baseline").path("r2")),
          lag == null ? "" : number(lag.path(e.getKey()).path("test").path("model").path("r2"))));
    }));
    return rows;
  }

  private static String number(com.fasterxml.jackson.databind.JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.3f", n.asDouble()) : "";
  }

  private static void text(FileSystem fs, Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
