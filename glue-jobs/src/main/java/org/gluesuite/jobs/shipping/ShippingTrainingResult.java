package org.gluesuite.jobs.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link ShippingModel#train} made.
 *
 * @param model the fitted pipeline: assembler (and scaler for {@code fm}) and regressor, over the features table
 * @param metrics the scores, rows and importances
 * @param predictions every training and validation order: {@code order_id, order_date, expected_shipping_days,
 *     actual_shipping_days, raw_prediction, rounded_prediction, split}
 */
public record ShippingTrainingResult(PipelineModel model, ShippingMetrics metrics, Dataset<Row> predictions) {
  public static final String METRICS_FILE = "metrics.json";
  public static final String MODEL_FOLDER = "model";

  /**
   * Writes {@code metrics.json} and the model ({@code model/}, MLlib's format) under {@code outputFolder} (any Hadoop
   * path), replacing earlier ones. The predictions are the job's table, written by its sink.
   */
  public void writeModel(String outputFolder) {
    Path base = new Path(outputFolder);
    try {
      FileSystem fs = base.getFileSystem(predictions.sparkSession().sparkContext().hadoopConfiguration());
      fs.mkdirs(base);
      model.write().overwrite().save(new Path(base, MODEL_FOLDER).toString());
      try (OutputStream out = fs.create(new Path(base, METRICS_FILE), true)) {
        out.write(metrics.toJson().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw ShippingErrors.writeFailed("the model and metrics.json under " + outputFolder, e);
    }
  }
}
