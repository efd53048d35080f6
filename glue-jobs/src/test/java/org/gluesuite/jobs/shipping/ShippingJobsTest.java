package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.JobRegistry;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobFailedException;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four jobs in the workflow's order, each through the runtime's {@link JobRunner} with its registry defaults,
 * over a workspace whose raw folders the repository's {@code shipping-raw} crawler crawled: generated orders plus
 * a few late orders of a carrier the training rows never had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShippingJobsTest {
  private static final Path CRAWLERS = Path.of("..", "crawlers", "definitions");
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path workspace;
  private Path lake;
  private DataCatalog catalog;
  private final Map<String, JobRunRecord> runs = new java.util.HashMap<>();

  @BeforeAll
  void generateAndCrawl() throws Exception {
    workspace = TestSpark.newFolder("shipping-jobs");
    lake = workspace.resolve("lake");
    ShippingDataGenerator.builder().seed(5).orders(1_500).days(90).build().generate(ShippingJobs.root(lake));
    // Five orders on a later day, of a carrier no training row has: they are validation rows.
    List<String> newCarrier = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newCarrier.add("\n" + String.join(",", "9", "8", "NewCarrier", "20", "30", "Single Order", "Chicago", "4/30/20",
          "new-" + i, "Air", "On Time", "unknown-product"));
    }
    Path logs = ShippingJobs.root(lake).resolve("raw/shipping_logs/ShippingLogs.csv");
    String text = Files.readString(logs).stripTrailing() + String.join("", newCarrier) + "\n";
    Files.writeString(logs, text, StandardOpenOption.TRUNCATE_EXISTING);
    catalog = EmbeddedCatalog.open(workspace.resolve("catalog"));
    assertThat(CrawlerService.create(catalog, CrawlContext.forWorkspace(workspace, CRAWLERS))
        .startCrawler(ShippingJobs.RAW_CRAWLER).status()).isEqualTo(CrawlState.SUCCEEDED);
  }

  @AfterAll
  void close() {
    catalog.close();
  }

  private JobRunRecord run(String job, String... extra) {
    JobDefinition definition = JobRegistry.find(job).orElseThrow();
    List<String> args = new ArrayList<>(List.of("--JOB_NAME", job));
    definition.localDefaults().apply(lake).forEach((k, v) -> {
      args.add("--" + k);
      args.add(v);
    });
    args.addAll(List.of(extra));
    JobRunRecord record = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
        new FileJobRunStore(workspace.resolve("runs").resolve("jobs")))
        .run(job, definition.factory().get(), JobArgumentParser.parse(args.toArray(new String[0])));
    runs.put(job, record);
    return record;
  }

  @Test
  @Order(1)
  void preprocess_writesTheCuratedTable_splitByTheCutoff() {
    JobRunRecord record = run(ShippingPreprocessJob.NAME);

    assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(record.rowsRead()).containsEntry("shipping.raw_shipping_logs", 1_505L)
        .containsEntry("shipping.raw_product_descriptions", 120L);
    assertThat(record.rowsWritten()).isEqualTo(1_505L);
    assertThat(record.partitionsWritten()).isEqualTo(2);
    long training = ((Number) record.results().get("training_rows")).longValue();
    long validation = ((Number) record.results().get("validation_rows")).longValue();
    assertThat(training + validation).isEqualTo(1_505L);
    assertThat(training / 1505.0).isBetween(0.89, 0.93);
    assertThat(catalog.getPartitions(ShippingJobs.DATABASE, ShippingJobs.SHIPMENTS_TABLE))
        .extracting(p -> p.values().get(0)).containsExactlyInAnyOrder("training", "validation");
    long newCarrierRows = TestSpark.session().read().parquet(lake.resolve("shipping/curated/shipments").toString())
        .where("carrier = 'NewCarrier' AND split = 'validation' AND computer_brand IS NULL").count();
    assertThat(newCarrierRows).isEqualTo(5);
    JsonNode quality = JSON.valueToTree(record.results()).get("DataQuality");
    assertThat(quality).as("the curated table's declared ruleset, evaluated on the rows written").hasSize(1);
    assertThat(quality.get(0).get("RulesetName").asText()).isEqualTo("shipments_quality");
    assertThat(quality.get(0).get("RuleResults")).hasSize(8)
        .allSatisfy(rule -> assertThat(rule.get("Result").asText()).as(rule.toString()).isEqualTo("PASS"));
  }

  @Test
  @Order(2)
  void featuresValidationPass_withoutASavedPipeline_failsAndSaysWhy() {
    Path elsewhere = workspace.resolve("no-model-here");
    assertThatThrownBy(() -> run(ShippingJobs.FEATURES_VALIDATION_JOB, "--pipeline_model_path", elsewhere.toString()))
        .isInstanceOf(JobFailedException.class)
        .satisfies(e -> assertThat(((JobFailedException) e).record().errorMessage())
            .contains("No fitted feature pipeline at " + elsewhere)
            .contains("the validation pass loads the PipelineModel that the training pass (--pass training) saved"));
  }

  @Test
  @Order(3)
  void featurePasses_theValidationPassLoadsTheSavedModel_andNeverRefits() {
    JobRunRecord fit = run(ShippingJobs.FEATURES_TRAINING_JOB);
    JobRunRecord apply = run(ShippingJobs.FEATURES_VALIDATION_JOB);

    assertThat(fit.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(apply.state()).isEqualTo(JobRunState.SUCCEEDED);
    // the same fitted model, stage by stage: a refit would make new uids
    assertThat(apply.results().get("pipeline_model_uid")).isEqualTo(fit.results().get("pipeline_model_uid"));
    assertThat(apply.results().get("pipeline_stage_uids")).isEqualTo(fit.results().get("pipeline_stage_uids"));
    // and the training rows' categories: the validation rows' new carrier is not among them
    @SuppressWarnings("unchecked")
    Map<String, List<String>> categories = (Map<String, List<String>>) apply.results().get("categories");
    assertThat(categories.get("carrier_reduced")).containsExactlyInAnyOrder("BigBird", "GlobalFreight",
        "MicroCarrier", "Shipper").isEqualTo(((Map<?, ?>) fit.results().get("categories")).get("carrier_reduced"));
    assertThat(fit.results().get("category_reduction")).isEqualTo(Map.of("carrier", "all", "shipping_origin", "all"));

    List<Row> newCarrier = TestSpark.session().read()
        .parquet(lake.resolve("shipping/curated/shipment_features").toString())
        .where("order_id LIKE 'new-%'").select("split", "carrier_reduced_indexed_ohe", "screen_size_imputed")
        .collectAsList();
    assertThat(newCarrier).hasSize(5).allSatisfy(r -> {
      assertThat(r.getString(0)).isEqualTo("validation");
      assertThat(r.getList(1)).as("the keep bucket: no carrier slot set").containsExactly(0.0, 0.0, 0.0, 0.0);
      assertThat(r.isNullAt(2)).as("training median for the undescribed product").isFalse();
    });
    assertThat(catalog.getPartitions(ShippingJobs.DATABASE, ShippingJobs.FEATURES_TABLE))
        .extracting(p -> p.values().get(0)).containsExactlyInAnyOrder("training", "validation");
  }

  @Test
  @Order(4)
  void train_writesModelMetricsAndPredictions_andBeatsTheBaseline() throws Exception {
    JobRunRecord record = run(ShippingTrainJob.NAME, "--model_params", "{'maxIter': 10}");

    assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
    Path model = ShippingJobs.modelPath(lake);
    JsonNode metrics = JSON.readTree(model.resolve("metrics.json").toFile());
    assertThat(metrics.get("pipeline").asText()).isEqualTo("shipping");
    assertThat(metrics.get("task").asText()).isEqualTo("regression");
    assertThat(metrics.at("/model/type").asText()).isEqualTo("gbt");
    assertThat(metrics.at("/model/params/maxIter").asInt()).isEqualTo(10);
    long training = ((Number) runs.get(ShippingPreprocessJob.NAME).results().get("training_rows")).longValue();
    assertThat(metrics.at("/rows/train").asLong()).isEqualTo(training);
    assertThat(metrics.at("/rows/validation").asLong()).isEqualTo(1_505L - training);
    for (String split : List.of("train", "validation")) {
      for (String who : List.of("model", "baseline")) {
        for (String metric : List.of("rmse", "mae", "r2", "rmse_rounded", "mae_rounded", "r2_rounded")) {
          assertThat(metrics.at("/splits/" + split + "/" + who + "/" + metric).isNumber())
              .as(split + "/" + who + "/" + metric).isTrue();
        }
      }
    }
    assertThat(metrics.at("/splits/validation/model/rmse").asDouble())
        .isLessThan(metrics.at("/splits/validation/baseline/rmse").asDouble());
    assertThat(metrics.get("features")).extracting(JsonNode::asText).containsExactly(
        "carrier_reduced_indexed_ohe", "shipping_origin_reduced_indexed_ohe", "shipping_priority_indexed_ohe",
        "in_bulk_order_indexed", "euclidean_distance", "expected_shipping_days");
    assertThat(metrics.get("feature_importances").fieldNames()).toIterable()
        .contains("expected_shipping_days", "euclidean_distance", "carrier=MicroCarrier", "shipping_origin=Salt Lake City");
    double sum = 0;
    for (JsonNode v : metrics.get("feature_importances")) {
      sum += v.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.resolve("model/metadata")).isDirectory();

    assertThat(record.rowsWritten()).isEqualTo(1_505L);
    List<Row> predictions = TestSpark.session().read().parquet(model.resolve("predictions").toString())
        .where("order_id = 'new-0'").collectAsList();
    assertThat(predictions).hasSize(1);
    Row p = predictions.get(0);
    assertThat(p.getDouble(p.fieldIndex("rounded_prediction")))
        .isEqualTo((double) Math.round(p.getDouble(p.fieldIndex("raw_prediction"))));
    assertThat(catalog.getTable(ShippingJobs.DATABASE, ShippingJobs.PREDICTIONS_TABLE).partitionKeys())
        .extracting(c -> c.name()).containsExactly("split");
    assertThat(record.results()).containsKeys("rmse", "mae", "r2", "baseline_rmse", "baseline_mae")
        .containsEntry(ModelMetrics.RESULT_KEY, model.resolve(ModelMetrics.FILE_NAME).toString());
    // the report's section: scores, the importances as a bar chart, predicted vs actual and residuals by date
    ReportSection section = ReportSection.read(Path.of((String) record.results().get(ReportSection.RESULT_KEY)));
    assertThat(section.charts()).extracting(Chart::kind)
        .containsExactly(Chart.Kind.BAR, Chart.Kind.SCATTER, Chart.Kind.SCATTER);
    Chart importances = section.charts().get(0);
    assertThat(importances.categories()).hasSize(ShippingTrainingResult.CHART_FEATURES)
        .startsWith(metrics.get("feature_importances").fieldNames().next());
    assertThat(section.charts().get(1).series().get(0).x()).hasSize((int) (1_505L - training));
    assertThat(section.charts().get(2).series()).extracting(Chart.Series::name)
        .containsExactly("training", "validation");
  }

  @Test
  @Order(5)
  void train_badModelParams_failsTheRun_namingTheParameter() {
    assertThatThrownBy(() -> run(ShippingTrainJob.NAME, "--model_params", "{'maxIter': 'many'}"))
        .isInstanceOf(JobFailedException.class)
        .satisfies(e -> assertThat(((JobFailedException) e).record().errorMessage())
            .contains("Invalid --model_params: maxIter = 'many' for GBTRegressor: it takes a whole number."));
  }
}
