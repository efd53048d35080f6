package org.gluesuite.jobs.airquality;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Trains the daily NO2 regression on the curated table (training before the last year, testing on it)
 * and writes the model, {@code metrics.json} and the test predictions under {@code --model_path}.
 *
 * <p>Arguments: {@code --database}, {@code --curated_table}, {@code --model_path}; optional
 * {@code --algorithm} ({@code LINEAR_REGRESSION}, {@code GBT_REGRESSOR}, {@code BEST_ON_VALIDATION}).
 */
public final class AirQualityTrainJob implements GlueJob {
  public static final String NAME = "air-quality-train";

  public static void main(String[] args) {
    JobMain.run(NAME, new AirQualityTrainJob(), args);
  }

  private static No2Model.Algorithm algorithm(String name) {
    try {
      return No2Model.Algorithm.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw AirQualityErrors.invalidSetting("--algorithm", name,
          "use one of " + java.util.Arrays.toString(No2Model.Algorithm.values()));
    }
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "curated_table", "model_path");
    String table = args.get("database") + "." + args.get("curated_table");
    Dataset<Row> daily = context.glue().getCatalogSource(args.get("database"), args.get("curated_table"))
        .transformationContext("curated").toDF().cache();
    context.metrics().recordRead(table, daily.count());

    No2ModelOptions options = No2ModelOptions.defaults();
    String algorithm = args.getOrDefault("algorithm", null);
    if (algorithm != null) {
      options = options.toBuilder().algorithm(algorithm(algorithm)).build();
    }
    No2TrainingResult result = No2Model.train(daily, options);
    String output = args.get("model_path");
    result.write(output);

    No2Metrics metrics = result.metrics();
    context.metrics().put("algorithm", metrics.algorithm());
    context.metrics().put("train_rows", metrics.trainRows());
    context.metrics().put("test_rows", metrics.testRows());
    context.metrics().put("split_date", metrics.splitDate());
    context.metrics().put("rmse", metrics.rmse());
    context.metrics().put("mae", metrics.mae());
    context.metrics().put("r2", metrics.r2());
    context.metrics().put("model", output);
  }
}
