package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.ml.selection.Metric;
import org.gluesuite.jobs.ml.selection.SelectionArguments;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Step 4 of the seed, model training ({@link ShippingModel}): reads both splits of the features table, fits the
 * regressor on the training rows, writes the model, {@code metrics.json} and {@code report-section.json} (the run
 * report's charts) under {@code --model_path} and every
 * order's raw and rounded prediction to the predictions table ({@code split=} partitions).
 *
 * <p>Arguments: {@code --database}, {@code --features_table}, {@code --model_path}, {@code --predictions_path},
 * {@code --predictions_table}; optional {@code --model_type gbt|rf|linear|fm} (default {@code gbt}),
 * {@code --model_params} (JSON or a Python dict literal; default {@code {'maxIter': 32}} for gbt),
 * {@code --product_features true|false} (default false), {@code --pipeline_model_path} (the fitted feature pipeline,
 * to name the one-hot slots in the importances), Glue's {@code --TempDir} (GBT's checkpoints) and
 * {@code --model-selection auto} with its details ({@link SelectionArguments}; ranked by RMSE by default), which
 * chooses the model on expanding-window folds of the training rows instead of {@code --model_type}.
 */
public final class ShippingTrainJob implements GlueJob {
  public static final String NAME = "shipping-train";

  public static void main(String[] args) {
    JobMain.run(NAME, new ShippingTrainJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "features_table", "model_path", "predictions_path",
        "predictions_table");
    TrainingOptions options = TrainingOptions.parse(args.getOrDefault("model_type", null),
        args.getOrDefault("model_params", null), args.getOrDefault("product_features", null))
        .withSelection(SelectionArguments.parse(args, Metric.RMSE).orElse(null));
    String database = args.get("database");
    String table = args.get("features_table");
    Dataset<Row> features = context.glue().getCatalogSource(database, table).transformationContext(table).toDF()
        .cache();
    context.metrics().recordRead(database + "." + table, features.count());
    Dataset<Row> training = features.where(col(ShippingPreprocessing.SPLIT).equalTo(ShippingPreprocessing.TRAINING))
        .drop(ShippingPreprocessing.SPLIT);
    Dataset<Row> validation = features.where(col(ShippingPreprocessing.SPLIT)
        .equalTo(ShippingPreprocessing.VALIDATION)).drop(ShippingPreprocessing.SPLIT);

    if (options.modelType() == ModelType.GBT || options.selection() != null) {
      checkpointsFor(context, args);
    }
    String pipelinePath = args.getOrDefault("pipeline_model_path", null);
    Map<String, List<String>> slots = pipelinePath == null ? Map.of()
        : ShippingFeatures.oneHotSlots(PipelineModel.load(pipelinePath));
    ShippingTrainingResult result = ShippingModel.train(training, validation, options, slots);
    features.unpersist();

    String modelPath = args.get("model_path");
    result.writeModel(modelPath);
    SinkOptions sink = SinkOptions.of(args.get("predictions_path"), StorageFormat.PARQUET)
        .withPartitionKeys(ShippingPreprocessing.SPLIT)
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, args.get("predictions_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    context.glue().getSinkWithFormat(sink).writeDataFrame(result.predictions().coalesce(1));

    ShippingMetrics metrics = result.metrics();
    ShippingMetrics.SplitScores scores = metrics.splits().get(ShippingModel.VALIDATION);
    context.metrics().put("model_type", metrics.modelType());
    context.metrics().put("model_params", metrics.params());
    context.metrics().put("training_rows", metrics.rows().get(ShippingModel.TRAIN));
    context.metrics().put("validation_rows", metrics.rows().get(ShippingModel.VALIDATION));
    context.metrics().put("rmse", scores.model().rmse());
    context.metrics().put("mae", scores.model().mae());
    context.metrics().put("r2", scores.model().r2());
    context.metrics().put("baseline_rmse", scores.baseline().rmse());
    context.metrics().put("baseline_mae", scores.baseline().mae());
    context.metrics().put("model", modelPath);
    context.metrics().put(ModelMetrics.RESULT_KEY, new Path(modelPath, ModelMetrics.FILE_NAME).toString());
    context.metrics().put(ReportSection.RESULT_KEY, new Path(modelPath, ReportSection.FILE_NAME).toString());
  }

  /**
   * GBT's iterations lengthen the lineage of its working data; without a checkpoint folder MLlib silently skips the
   * checkpoints {@code checkpointInterval} asks for, and many iterations end in a StackOverflowError. Glue's
   * {@code --TempDir} (else a folder next to the model) holds them; MLlib deletes them when the fit ends.
   */
  private static void checkpointsFor(JobRunContext context, JobArguments args) {
    SparkContext spark = context.spark().sparkContext();
    if (spark.getCheckpointDir().isEmpty()) {
      String base = args.tempDir().orElse(args.get("model_path") + "_tmp");
      spark.setCheckpointDir(base + "/checkpoints");
    }
  }
}
