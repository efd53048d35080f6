package org.gluesuite.jobs.airquality;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.jobs.JobDefinition;

/** The air-quality pipeline's jobs and where they read and write in a local lake. */
public final class AirQualityJobs {
  public static final String DATABASE = "airquality";
  public static final String CURATED_TABLE = "no2_weather_daily";
  /** The batch predictions of {@link AirQualityPredictJob}. */
  public static final String PREDICTIONS_TABLE = "no2_predictions";
  /** The raw tables the {@code airquality-raw} crawler makes (TablePrefix raw_ over raw/openaq and raw/gsod). */
  public static final String MEASUREMENTS_TABLE = "raw_openaq";
  public static final String WEATHER_TABLE = "raw_gsod";
  /** The raw table of the UCI Beijing multi-site files (raw/beijing). */
  public static final String BEIJING_TABLE = "raw_beijing";
  /** The crawler over the raw folders (crawlers/definitions/airquality-raw.json). */
  public static final String RAW_CRAWLER = "airquality-raw";
  /** The pipeline's folder under the lake root. */
  public static final String ROOT = "airquality";
  /** The roles the jobs run as; their Lake Formation grants are in lakeformation/definitions/airquality.json. */
  public static final String CLEAN_ROLE = "arn:aws:iam::000000000000:role/AirQualityCleanRole";
  public static final String TRAIN_ROLE = "arn:aws:iam::000000000000:role/AirQualityTrainRole";

  private AirQualityJobs() {
  }

  public static List<JobDefinition> definitions() {
    return List.of(
        new JobDefinition(AirQualityCleanJob.NAME,
            "Clean raw OpenAQ NO2 and GSOD weather into a daily curated table (Parquet, year/month/day)",
            AirQualityCleanJob::new, AirQualityJobs::cleanDefaults).withPrincipal(CLEAN_ROLE),
        new JobDefinition(AirQualityTrainJob.NAME,
            "Train the daily NO2 regression on the curated table; write model, metrics.json, predictions",
            AirQualityTrainJob::new, AirQualityJobs::trainDefaults).withPrincipal(TRAIN_ROLE),
        new JobDefinition(AirQualityPredictJob.NAME,
            "Score new curated days with the selected model into the predictions table (bookmarked, year/month/day)",
            AirQualityPredictJob::new, AirQualityJobs::predictDefaults),
        RecordFailureJob.definition(RecordFailureJob.NAME, "air-quality", ROOT));
  }

  static Map<String, String> cleanDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("measurements_table", MEASUREMENTS_TABLE);
    args.put("weather_table", WEATHER_TABLE);
    args.put("hourly_table", BEIJING_TABLE);
    args.put("curated_path", lake.resolve(ROOT).resolve("curated").resolve(CURATED_TABLE).toString());
    args.put("curated_table", CURATED_TABLE);
    args.put("profile_path", lake.resolve(ROOT).resolve("profiles").resolve(CURATED_TABLE).toString());
    return args;
  }

  static Map<String, String> predictDefaults(Path lake) {
    Map<String, String> args = trainDefaults(lake);
    args.put("predictions_path", lake.resolve(ROOT).resolve("predictions").resolve(PREDICTIONS_TABLE).toString());
    args.put("predictions_table", PREDICTIONS_TABLE);
    return args;
  }

  static Map<String, String> trainDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("curated_table", CURATED_TABLE);
    args.put("model_path", lake.resolve(ROOT).resolve("models").resolve("no2").toString());
    return args;
  }
}
