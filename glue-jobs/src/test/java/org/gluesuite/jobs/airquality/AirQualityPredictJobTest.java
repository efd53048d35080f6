package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.job.RunnerSettings;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The selected model's batch inference on a curated table that grows: with the bookmark each run scores only the days
 * written since the last one, into the partitioned predictions table.
 */
class AirQualityPredictJobTest {
  private static final String GRID = "{\"linear\": {\"regParam\": [0.0]}, \"rf\": {\"numTrees\": [5], "
      + "\"maxDepth\": [3]}}";

  @Test
  void predict_withBookmarks_scoresOnlyTheNewDays_intoYearMonthDayPartitions() throws Exception {
    Path root = TestSpark.newFolder("aq-predict");
    Path lake = root.resolve("lake");
    DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"));
    Dataset<Row> all = AirQualityCleaning.withDatePartitions(
        No2ModelTest.dailyRows(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 8, 31))).cache();
    Dataset<Row> first = all.where("date < DATE'2023-07-01'");
    Dataset<Row> second = all.where("date >= DATE'2023-07-01'");
    Files.writeString(root.resolve("grid.json"), GRID);

    assertThat(run(root, catalog, "write-curated", curated(lake, first), Map.of()).state())
        .isEqualTo(JobRunState.SUCCEEDED);
    Map<String, String> train = new LinkedHashMap<>(AirQualityJobs.trainDefaults(lake));
    train.put("features", "temp_max,temp_min,wind_speed,pressure");
    train.put("lag_variant", "false");
    train.put("model-selection", "auto");
    train.put("model-selection-grid", root.resolve("grid.json").toString());
    JobRunRecord trained = run(root, catalog, AirQualityTrainJob.NAME, new AirQualityTrainJob(), train);
    assertThat(trained.state()).as(trained.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);

    JobRunRecord once = predict(root, catalog, lake);
    assertThat(once.state()).as(once.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(once.rowsWritten()).isEqualTo(first.count());

    run(root, catalog, "write-curated", curated(lake, second), Map.of());
    JobRunRecord twice = predict(root, catalog, lake);
    assertThat(twice.rowsWritten()).as("only the two new months").isEqualTo(second.count());
    JobRunRecord nothingNew = predict(root, catalog, lake);
    assertThat(nothingNew.rowsWritten()).isZero();

    Dataset<Row> predictions = TestSpark.session().read().parquet(lake.resolve(AirQualityJobs.ROOT)
        .resolve("predictions").resolve(AirQualityJobs.PREDICTIONS_TABLE).toString());
    assertThat(predictions.count()).isEqualTo(all.count());
    assertThat(predictions.select("date", "station").distinct().count()).isEqualTo(all.count());
    assertThat(predictions.where("prediction IS NULL OR prediction <= 0").count()).isZero();
    assertThat(predictions.where("concat(year, '-', month, '-', day) <> date_format(date, 'yyyy-MM-dd')").count())
        .isZero();
    // the selected model tracks the label on labelled days (the synthetic NO2 is ~20–120)
    double meanError = predictions.where("no2_mean IS NOT NULL")
        .selectExpr("avg(abs(no2_mean - prediction) / no2_mean)").first().getDouble(0);
    assertThat(meanError).isLessThan(0.2);
    assertThat(catalog.getTable(AirQualityJobs.DATABASE, AirQualityJobs.PREDICTIONS_TABLE).partitionKeys())
        .hasSize(3);
  }

  @Test
  void predict_withoutASelectedModel_failsNamingTheModelFolder() {
    Path root = TestSpark.newFolder("aq-predict-none");
    Path lake = root.resolve("lake");
    DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"));

    assertThatThrownBy(() -> predict(root, catalog, lake))
        .hasMessageContaining("No model chosen by model selection under")
        .hasMessageContaining(AirQualityJobs.trainDefaults(lake).get("model_path"))
        .hasMessageContaining("--model-selection auto");
  }

  private static JobRunRecord predict(Path root, DataCatalog catalog, Path lake) {
    return run(root, catalog, AirQualityPredictJob.NAME, new AirQualityPredictJob(),
        Map.of("job-bookmark-option", "job-bookmark-enable"), AirQualityJobs.predictDefaults(lake));
  }

  /** Appends days to the curated table as the clean job writes it (Parquet, year/month/day, in the catalog). */
  private static GlueJob curated(Path lake, Dataset<Row> days) {
    return context -> context.glue().getSinkWithFormat(SinkOptions.of(lake.resolve(AirQualityJobs.ROOT)
            .resolve("curated").resolve(AirQualityJobs.CURATED_TABLE).toString(), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day").withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(AirQualityJobs.DATABASE, AirQualityJobs.CURATED_TABLE, UpdateBehavior.UPDATE_IN_DATABASE))
        .writeDataFrame(days);
  }

  private static JobRunRecord run(Path root, DataCatalog catalog, String name, GlueJob job,
      Map<String, String> arguments) {
    return run(root, catalog, name, job, arguments, Map.of());
  }

  private static JobRunRecord run(Path root, DataCatalog catalog, String name, GlueJob job,
      Map<String, String> arguments, Map<String, String> defaults) {
    Map<String, String> all = new LinkedHashMap<>(defaults);
    all.putAll(arguments);
    List<String> argv = new ArrayList<>();
    all.forEach((k, v) -> {
      argv.add("--" + k);
      argv.add(v);
    });
    FileJobRunStore runs = new FileJobRunStore(root.resolve("runs").resolve("jobs"));
    return new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), runs,
        RunnerSettings.inWorkspace(root)).run(name, job, JobArgumentParser.parse(argv.toArray(String[]::new)));
  }
}
