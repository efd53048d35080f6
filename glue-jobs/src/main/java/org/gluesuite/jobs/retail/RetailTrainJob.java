package org.gluesuite.jobs.retail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.jobs.retail.RankingEvaluation.Protocol;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Trains the implicit-feedback ALS recommender on the curated purchases, evaluates it on the held-out last month
 * against the most-popular baseline ({@link RecommenderEvaluation}), and writes {@code metrics.json},
 * {@code report-section.json} (the run report's section, with the precision@k chart) and the model under
 * {@code --model_path}, and the top-10 recommendations per customer and per product as two catalog tables.
 *
 * <p>Arguments: {@code --database}, {@code --curated_table}, {@code --model_path}, {@code --recommendations_path}
 * (a folder: {@code customers/} and {@code items/} under it); optional {@code --customer_table} and
 * {@code --item_table} (default {@value #CUSTOMER_TABLE}, {@value #ITEM_TABLE}) and the settings of
 * {@link RecommenderSettings} ({@code --rank}, {@code --reg_param}, {@code --alpha}, {@code --max_iter},
 * {@code --seed}, {@code --confidence}, {@code --holdout_months}, {@code --bought_items}, {@code --final_fit},
 * {@code --curve_max_k}).
 */
public final class RetailTrainJob implements GlueJob {
  public static final String NAME = "retail-train";
  public static final String CUSTOMER_TABLE = "customer_recommendations";
  public static final String ITEM_TABLE = "item_recommendations";
  public static final String MODEL_FOLDER = "model";

  public static void main(String[] args) {
    JobMain.run(NAME, new RetailTrainJob(), args);
  }

  @Override
  public void run(JobRunContext context) throws IOException {
    JobArguments args = context.getResolvedOptions("database", "curated_table", "model_path",
        "recommendations_path");
    RecommenderSettings settings = RecommenderSettings.from(args);
    String database = args.get("database");
    String curated = args.get("curated_table");
    Dataset<Row> purchases = context.glue().getCatalogSource(database, curated).toDF()
        .select("invoice_no", "stock_code", "description", "quantity", "invoice_date", "customer_id").cache();
    try {
      context.metrics().recordRead(database + "." + curated, purchases.count());
      HeldOutSplit split = HeldOutSplit.of(purchases, settings.holdoutMonths());
      ImplicitAls.Factors evaluated = ImplicitAls.fit(
          ImplicitAls.ratings(split.train(), split.items(), settings.confidence()), split.items(), settings);
      RecommenderEvaluation evaluation = RecommenderEvaluation.run(split, evaluated, settings);

      ImplicitAls.Factors served = evaluated;
      if (settings.finalFit() == RecommenderSettings.FinalFit.ALL) {
        ItemIndex all = ItemIndex.of(purchases);
        served = ImplicitAls.fit(ImplicitAls.ratings(purchases, all, settings.confidence()), all, settings);
      }
      String modelPath = args.get("model_path");
      Map<String, Object> servedModel = new LinkedHashMap<>();
      servedModel.put("final_fit", settings.finalFit().argument());
      servedModel.put("customers", served.customers().size());
      servedModel.put("items", served.index().size());
      writeOutputs(context, modelPath, served, evaluation.metrics(servedModel), evaluation.reportSection());
      writeTables(context, args, settings, served, purchases);
      report(context, evaluation, split, modelPath);
    } finally {
      purchases.unpersist();
    }
  }

  /** {@code metrics.json}, {@code report-section.json} and the served model under {@code modelPath} (a Hadoop path). */
  private static void writeOutputs(JobRunContext context, String modelPath, ImplicitAls.Factors served,
      ModelMetrics metrics, ReportSection section) {
    Path base = new Path(modelPath);
    try {
      FileSystem fs = base.getFileSystem(context.spark().sparkContext().hadoopConfiguration());
      fs.mkdirs(base);
      text(fs, new Path(base, ModelMetrics.FILE_NAME), metrics.toJson());
      text(fs, new Path(base, ReportSection.FILE_NAME), section.toJson());
      served.model().write().overwrite().save(new Path(base, MODEL_FOLDER).toString());
    } catch (IOException e) {
      throw RetailErrors.writeFailed("the model outputs under " + modelPath, e);
    }
    context.metrics().put(ModelMetrics.RESULT_KEY, new Path(base, ModelMetrics.FILE_NAME).toString());
    context.metrics().put(ReportSection.RESULT_KEY, new Path(base, ReportSection.FILE_NAME).toString());
  }

  private static void text(FileSystem fs, Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The top-k tables of the served model. With bought products excluded, every product a customer ever bought is
   * left out, also when the served model learnt only from the lines before the cutoff ({@code --final_fit train}):
   * the tables serve now, after the held-out period too.
   */
  private static void writeTables(JobRunContext context, JobArguments args, RecommenderSettings settings,
      ImplicitAls.Factors served, Dataset<Row> purchases) {
    String database = args.get("database");
    Map<String, String> descriptions = RecommendationTables.descriptions(purchases);
    boolean exclude = settings.boughtItems() == RecommenderSettings.BoughtItems.EXCLUDE;
    Dataset<Row> customers = RecommendationTables.forCustomers(context.spark(), served,
        exclude ? served.index().byCustomer(purchases, false) : Map.of(), exclude, descriptions);
    Dataset<Row> items = RecommendationTables.forItems(context.spark(), served, descriptions);
    String folder = args.get("recommendations_path");
    write(context, folder + "/customers", database, args.getOrDefault("customer_table", CUSTOMER_TABLE), customers);
    write(context, folder + "/items", database, args.getOrDefault("item_table", ITEM_TABLE), items);
  }

  private static void write(JobRunContext context, String path, String database, String table, Dataset<Row> rows) {
    context.glue().getSinkWithFormat(SinkOptions.of(path, StorageFormat.PARQUET)
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, table, UpdateBehavior.UPDATE_IN_DATABASE)).writeDataFrame(rows);
  }

  /** The figures a person reads in the run summary. */
  private static void report(JobRunContext context, RecommenderEvaluation evaluation, HeldOutSplit split,
      String modelPath) {
    int k = RecommenderSettings.TOP_K;
    Protocol headline = evaluation.headline();
    RecommenderEvaluation.Scores s = evaluation.scores(headline);
    context.metrics().put("protocol", headline.key());
    context.metrics().put("cutoff", split.cutoff());
    context.metrics().put("evaluated_customers", s.model().customers());
    context.metrics().put("precision_at_10", s.model().precision()[k - 1]);
    context.metrics().put("recall_at_10", s.model().recall()[k - 1]);
    context.metrics().put("map_at_10", s.model().map()[k - 1]);
    context.metrics().put("coverage", s.model().coverage()[k - 1]);
    context.metrics().put("baseline_precision_at_10", s.baseline().precision()[k - 1]);
    context.metrics().put("precision_at_10_lift", s.lift());
    context.metrics().put("model", modelPath);
  }
}
