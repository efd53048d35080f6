package org.gluesuite.jobs.airquality;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The outcome of {@link No2Model#train}.
 *
 * @param model the fitted pipeline (Imputer, VectorAssembler, regressor); it reads the feature columns
 *     and writes {@code prediction}
 * @param metrics the test-period metrics and split facts
 * @param predictions the test period: {@code date} (date), the label column (double) and
 *     {@code prediction} (double), ordered by date
 */
public record No2TrainingResult(PipelineModel model, No2Metrics metrics, Dataset<Row> predictions) {

  public static final String METRICS_FILE = "metrics.json";
  public static final String MODEL_FOLDER = "model";
  public static final String PREDICTIONS_FOLDER = "predictions";

  /**
   * Writes {@code metrics.json}, the model ({@code model/}, MLlib's format) and the predictions
   * ({@code predictions/}, Parquet) under {@code outputFolder}, replacing earlier outputs. The folder is a
   * Hadoop path: local, {@code file:}, {@code s3a:} or any file system Spark is configured for.
   */
  public void write(String outputFolder) {
    Path base = new Path(outputFolder);
    Configuration conf = predictions.sparkSession().sparkContext().hadoopConfiguration();
    Path metricsPath = new Path(base, METRICS_FILE);
    try {
      FileSystem fs = base.getFileSystem(conf);
      fs.mkdirs(base);
      try (OutputStream out = fs.create(metricsPath, true)) {
        out.write(metrics.toJson().getBytes(StandardCharsets.UTF_8));
      }
      model.write().overwrite().save(new Path(base, MODEL_FOLDER).toString());
    } catch (IOException e) {
      throw AirQualityErrors.writeFailed("the model outputs under " + outputFolder, e);
    }
    predictions.write().mode("overwrite").parquet(new Path(base, PREDICTIONS_FOLDER).toString());
  }
}
