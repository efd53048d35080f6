package org.gluesuite.jobs.airquality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.ml.selection.Metric;
import org.gluesuite.jobs.ml.selection.SelectionArguments;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Trains the daily NO2 regression on the curated table ({@link No2Model}: by default the ln-target ensemble of a
 * linear regression and a random forest, pooled over the stations, with the lag variant beside it) and writes the
 * models, {@code metrics.json}, {@code report-section.json} and the test predictions under {@code --model_path}.
 *
 * <p>Arguments: {@code --database}, {@code --curated_table}, {@code --model_path}; optional {@code --algorithm}
 * ({@code LINEAR_RF_ENSEMBLE}, {@code LINEAR_REGRESSION}, {@code RANDOM_FOREST}), {@code --features} (a comma
 * list; default {@link DailyFeatures#WEATHER}), {@code --min_label_hours} (default 20), {@code --split_date}
 * ({@code yyyy-MM-dd}; default the last year of data), {@code --log_target} and {@code --lag_variant}
 * ({@code true}/{@code false}, default true); {@code --model-selection auto} and its details
 * ({@link SelectionArguments}) select the model on expanding-window folds of the training period instead of
 * {@code --algorithm}, ranked by R² unless {@code --model-selection-metric} says otherwise.
 */
public final class AirQualityTrainJob implements GlueJob {
  public static final String NAME = "air-quality-train";

  public static void main(String[] args) {
    JobMain.run(NAME, new AirQualityTrainJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "curated_table", "model_path");
    String table = args.get("database") + "." + args.get("curated_table");
    Dataset<Row> daily = context.glue().getCatalogSource(args.get("database"), args.get("curated_table"))
        .transformationContext("curated").toDF();
    No2ModelOptions options = options(args);
    No2TrainingResult result = No2Model.train(daily, options);
    context.metrics().recordRead(table, result.metrics().rows().values().stream().mapToLong(Long::longValue).sum()
        + result.metrics().extra("rows_without_label").map(n -> n.asLong()).orElse(0L));
    String output = args.get("model_path");
    result.write(output);

    ModelMetrics metrics = result.metrics();
    ModelMetrics.Split test = metrics.split("test").orElseThrow();
    context.metrics().put("algorithm", options.selection() == null ? options.algorithm().name()
        : metrics.modelType());
    context.metrics().put("train_rows", metrics.rows().get("train"));
    context.metrics().put("test_rows", metrics.rows().get("test"));
    context.metrics().put("split_date", metrics.extra("split_date").map(n -> n.asText()).orElse(null));
    context.metrics().put("rmse", test.model().get("rmse"));
    context.metrics().put("mae", test.model().get("mae"));
    context.metrics().put("r2", test.model().get("r2"));
    context.metrics().put("model", output);
    context.metrics().put(ModelMetrics.RESULT_KEY, new Path(output, ModelMetrics.FILE_NAME).toString());
    context.metrics().put(ReportSection.RESULT_KEY, new Path(output, ReportSection.FILE_NAME).toString());
  }

  static No2ModelOptions options(JobArguments args) {
    No2ModelOptions.Builder b = No2ModelOptions.builder();
    args.find("algorithm").ifPresent(a -> b.algorithm(algorithm(a)));
    args.find("features").ifPresent(f -> b.features(Arrays.stream(f.split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList()));
    args.find("min_label_hours").ifPresent(h -> b.minLabelHours(integer("--min_label_hours", h)));
    args.find("split_date").ifPresent(d -> b.splitDate(date(d)));
    args.find("log_target").ifPresent(v -> b.logTarget(bool("--log_target", v)));
    args.find("lag_variant").ifPresent(v -> b.lagVariant(bool("--lag_variant", v)));
    SelectionArguments.parse(args, Metric.R2).ifPresent(b::selection);
    return b.build();
  }

  private static No2Model.Algorithm algorithm(String name) {
    try {
      return No2Model.Algorithm.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw AirQualityErrors.invalidSetting("--algorithm", name,
          "use one of " + List.of(No2Model.Algorithm.values()));
    }
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw AirQualityErrors.invalidSetting(name, value, "give a whole number");
    }
  }

  private static boolean bool(String name, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw AirQualityErrors.invalidSetting(name, value, "give true or false");
    }
    return v.equals("true");
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw AirQualityErrors.invalidSetting("--split_date", value, "give a date as yyyy-MM-dd, e.g. 2016-03-01");
    }
  }
}
