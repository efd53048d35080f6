package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Steps 2 and 3 of the seed, feature engineering, as one job run twice (the seed's one script, run with or without
 * a pipeline model): {@code --pass training} fits {@link ShippingFeatures#pipeline} on the curated table's training
 * rows and saves the fitted {@code PipelineModel}; {@code --pass validation} loads that saved model as it is (never
 * fits) and applies it to the validation rows. Each pass writes its rows' features to the features table's
 * {@code split=} partition, leaving the other pass's partition in place.
 *
 * <p>Arguments: {@code --pass training|validation}, {@code --database}, {@code --curated_table},
 * {@code --features_path}, {@code --features_table}, {@code --pipeline_model_path}; for the training pass, optional
 * {@code --carrier_categories} and {@code --origin_categories} ({@code all} (default), {@code seed}, or the values to
 * keep, separated by commas: see {@link CategoryReduction}).
 */
public final class ShippingFeaturesJob implements GlueJob {
  public static final String NAME = "shipping-features";

  /** Which rows the job works on, and so whether it fits or loads the pipeline. */
  public enum Pass {
    TRAINING(ShippingPreprocessing.TRAINING), VALIDATION(ShippingPreprocessing.VALIDATION);

    private final String split;

    Pass(String split) {
      this.split = split;
    }

    /** The curated table's {@code split} value the pass reads, and the features partition it writes. */
    public String split() {
      return split;
    }

    static Pass parse(String text) {
      for (Pass pass : values()) {
        if (pass.split.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return pass;
        }
      }
      throw ShippingErrors.invalidArgument("pass", text, "use training (fit the feature pipeline on the training "
          + "rows and save it) or validation (load the saved pipeline and apply it to the validation rows)");
    }
  }

  public static void main(String[] args) {
    JobMain.run(NAME, new ShippingFeaturesJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("pass", "database", "curated_table", "features_path",
        "features_table", "pipeline_model_path");
    Pass pass = Pass.parse(args.get("pass"));
    String database = args.get("database");
    String modelPath = args.get("pipeline_model_path");
    Dataset<Row> shipments = context.glue().getCatalogSource(database, args.get("curated_table"))
        .pushDownPredicate(ShippingPreprocessing.SPLIT + " = '" + pass.split() + "'")
        .transformationContext(pass.split()).toDF().cache();
    long rows = shipments.count();
    context.metrics().recordRead(database + "." + args.get("curated_table"), rows);
    if (rows == 0) {
      throw ShippingErrors.emptySplit(database + "." + args.get("curated_table"), pass.split());
    }

    PipelineModel model = pass == Pass.TRAINING ? fitAndSave(context, args, shipments, modelPath)
        : load(context, modelPath);
    Dataset<Row> features = ShippingFeatures.transform(model, shipments)
        .withColumn(ShippingPreprocessing.SPLIT, lit(pass.split()));
    SinkOptions sink = SinkOptions.of(args.get("features_path"), StorageFormat.PARQUET)
        .withPartitionKeys(ShippingPreprocessing.SPLIT)
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, args.get("features_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    context.glue().getSinkWithFormat(sink).writeDataFrame(features.coalesce(1));
    shipments.unpersist();

    context.metrics().put("pass", pass.split());
    context.metrics().put("pipeline_model", modelPath);
    context.metrics().put("pipeline_model_uid", model.uid());
    context.metrics().put("pipeline_stage_uids", List.of(model.stages()).stream().map(Transformer::uid).toList());
    context.metrics().put("categories", ShippingFeatures.categories(model));
  }

  private static PipelineModel fitAndSave(JobRunContext context, JobArguments args, Dataset<Row> training,
      String modelPath) {
    CategoryReduction carriers = CategoryReduction.parse("carrier_categories", "carrier",
        CategoryReduction.SEED_CARRIERS, args.getOrDefault("carrier_categories", null));
    CategoryReduction origins = CategoryReduction.parse("origin_categories", "shipping_origin",
        CategoryReduction.SEED_ORIGINS, args.getOrDefault("origin_categories", null));
    PipelineModel model = ShippingFeatures.pipeline(carriers, origins).fit(training);
    try {
      model.write().overwrite().save(modelPath);
    } catch (IOException e) {
      throw ShippingErrors.writeFailed("the fitted feature pipeline at " + modelPath, e);
    }
    Map<String, List<String>> categories = ShippingFeatures.categories(model);
    Map<String, Object> reductions = new LinkedHashMap<>();
    Map<String, List<String>> unmatched = new LinkedHashMap<>();
    for (CategoryReduction reduction : List.of(carriers, origins)) {
      reductions.put(reduction.column(), reduction.describe());
      List<String> missing = reduction.unmatched(Set.copyOf(categories.get(reduction.outputColumn())));
      if (!missing.isEmpty()) {
        unmatched.put(reduction.column(), missing);
      }
    }
    context.metrics().put("category_reduction", reductions);
    if (!unmatched.isEmpty()) {
      // Kept values no training row has: a misspelling such as the seed's "Salt Late City" shows up here.
      context.metrics().put("kept_categories_not_found", unmatched);
    }
    return model;
  }

  private static PipelineModel load(JobRunContext context, String modelPath) {
    Path path = new Path(modelPath, "metadata");
    try {
      if (!path.getFileSystem(context.spark().sparkContext().hadoopConfiguration()).exists(path)) {
        throw ShippingErrors.noFittedPipeline(modelPath);
      }
    } catch (IOException e) {
      throw ShippingErrors.noFittedPipeline(modelPath);
    }
    return PipelineModel.load(modelPath);
  }
}
