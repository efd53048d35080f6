package org.gluesuite.jobs.shipping;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.airquality.RecordFailureJob;

/** The shipping pipeline's jobs, tables and roles, and where they read and write in a local lake. */
public final class ShippingJobs {
  /** The pipeline's name, its workflow's name and its folder under the lake root. */
  public static final String PIPELINE = "shipping";
  public static final String ROOT = "shipping";
  public static final String DATABASE = "shipping";
  /** The crawler over the raw folders (crawlers/definitions/shipping-raw.json). */
  public static final String RAW_CRAWLER = "shipping-raw";
  public static final String SHIPMENTS_TABLE = "shipments";
  public static final String FEATURES_TABLE = "shipment_features";
  public static final String PREDICTIONS_TABLE = "shipping_days_predictions";
  public static final String FEATURES_TRAINING_JOB = "shipping-features-training";
  public static final String FEATURES_VALIDATION_JOB = "shipping-features-validation";
  public static final String RECORD_FAILURE_JOB = "shipping-record-failure";
  /** The roles the jobs run as; their Lake Formation grants are in lakeformation/definitions/shipping.json. */
  public static final String PREPROCESS_ROLE = "arn:aws:iam::000000000000:role/ShippingPreprocessRole";
  public static final String FEATURES_ROLE = "arn:aws:iam::000000000000:role/ShippingFeaturesRole";
  public static final String TRAIN_ROLE = "arn:aws:iam::000000000000:role/ShippingTrainRole";

  private ShippingJobs() {
  }

  public static List<JobDefinition> definitions() {
    return List.of(
        new JobDefinition(ShippingPreprocessJob.NAME,
            "Seed step 1: join shipping logs and products, snake_case, M/D/YY dates, 90/10 split by a date cutoff",
            ShippingPreprocessJob::new, ShippingJobs::preprocessDefaults).withPrincipal(PREPROCESS_ROLE),
        new JobDefinition(FEATURES_TRAINING_JOB,
            "Seed step 2: fit the feature pipeline on the training rows, save it, write their features",
            ShippingFeaturesJob::new, lake -> featuresDefaults(lake, ShippingFeaturesJob.Pass.TRAINING))
            .withPrincipal(FEATURES_ROLE),
        new JobDefinition(FEATURES_VALIDATION_JOB,
            "Seed step 3: load the saved feature pipeline (never refit) and write the validation rows' features",
            ShippingFeaturesJob::new, lake -> featuresDefaults(lake, ShippingFeaturesJob.Pass.VALIDATION))
            .withPrincipal(FEATURES_ROLE),
        new JobDefinition(ShippingTrainJob.NAME,
            "Seed step 4: fit the shipping-days regressor; write model, metrics.json and predictions",
            ShippingTrainJob::new, ShippingJobs::trainDefaults).withPrincipal(TRAIN_ROLE),
        RecordFailureJob.definition(RECORD_FAILURE_JOB, "shipping", ROOT));
  }

  /** The pipeline's folder in a local lake. */
  public static Path root(Path lake) {
    return lake.resolve(ROOT);
  }

  /** Where the training job writes the model and {@code metrics.json} in a local lake. */
  public static Path modelPath(Path lake) {
    return root(lake).resolve("models").resolve("shipping_days");
  }

  static Map<String, String> preprocessDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("shipping_logs_table", ShippingSource.SHIPPING_LOGS.rawTable());
    args.put("product_descriptions_table", ShippingSource.PRODUCT_DESCRIPTIONS.rawTable());
    args.put("curated_path", root(lake).resolve("curated").resolve(SHIPMENTS_TABLE).toString());
    args.put("curated_table", SHIPMENTS_TABLE);
    return args;
  }

  static Map<String, String> featuresDefaults(Path lake, ShippingFeaturesJob.Pass pass) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("pass", pass.split());
    args.put("database", DATABASE);
    args.put("curated_table", SHIPMENTS_TABLE);
    args.put("features_path", root(lake).resolve("curated").resolve(FEATURES_TABLE).toString());
    args.put("features_table", FEATURES_TABLE);
    args.put("pipeline_model_path", pipelineModelPath(lake));
    return args;
  }

  static Map<String, String> trainDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("features_table", FEATURES_TABLE);
    args.put("model_path", modelPath(lake).toString());
    args.put("predictions_path", modelPath(lake).resolve("predictions").toString());
    args.put("predictions_table", PREDICTIONS_TABLE);
    args.put("pipeline_model_path", pipelineModelPath(lake));
    args.put("TempDir", lake.toAbsolutePath().getParent().resolve("tmp").toString());
    return args;
  }

  private static String pipelineModelPath(Path lake) {
    return root(lake).resolve("models").resolve("feature_pipeline").toString();
  }
}
