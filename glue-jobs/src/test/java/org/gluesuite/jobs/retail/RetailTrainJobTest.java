package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.job.JobFailedException;
import org.gluesuite.runtime.job.JobRunRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The training job on generated purchases (a small, fast ALS): outputs, tables, protocols and bad settings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetailTrainJobTest {
  private static final Map<String, String> SMALL = Map.of("rank", "16", "max_iter", "8", "curve_max_k", "12");
  private RetailWorkspace ws;
  private JobRunRecord trained;
  private JsonNode metrics;

  @BeforeAll
  void trainOnGeneratedData() throws IOException {
    ws = RetailWorkspace.create("retail-train");
    RetailDataGenerator.builder().seed(5).days(100).customers(500).items(300).build().generate(ws.pipeline);
    ws.crawl();
    ws.clean(false);
    trained = ws.train(SMALL);
    metrics = new ObjectMapper().readTree(ws.pipeline.resolve("models/als/metrics.json").toFile());
  }

  @AfterAll
  void close() {
    ws.close();
  }

  @Test
  void metricsJson_hasTheDocumentedShape() {
    assertThat(trained.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(metrics.path("pipeline").asText()).isEqualTo("retail");
    assertThat(metrics.path("task").asText()).isEqualTo("recommendation");
    assertThat(metrics.path("model").path("type").asText()).isEqualTo("als_implicit");
    assertThat(metrics.path("model").path("params").path("rank").asInt()).isEqualTo(16);
    assertThat(metrics.path("model").path("params").path("confidence").asText()).isEqualTo("invoices_log");
    for (String side : List.of("model", "baseline")) {
      JsonNode m = metrics.path("splits").path("test").path(side);
      assertThat(m.fieldNames()).toIterable()
          .containsExactly("precision_at_10", "recall_at_10", "map_at_10", "coverage");
      assertThat(m.path("precision_at_10").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(metrics.path("rows").path("train").asLong() + metrics.path("rows").path("test").asLong())
        .isEqualTo(trained.totalRowsRead());
    assertThat(metrics.path("baseline").asText()).startsWith("most popular");
    assertThat(metrics.path("protocol").asText()).isEqualTo("bought_items_allowed");
    assertThat(metrics.path("protocols").fieldNames()).toIterable()
        .containsExactly("bought_items_allowed", "bought_items_excluded");
    JsonNode curves = metrics.path("curves");
    assertThat(curves.path("k")).hasSize(12);
    assertThat(curves.path("precision_at_k").path("model")).hasSize(12);
    assertThat(curves.path("precision_at_k").path("baseline").get(9).asDouble())
        .isEqualTo(metrics.path("splits").path("test").path("baseline").path("precision_at_10").asDouble());
    assertThat(ws.pipeline.resolve("models/als/model/metadata")).isDirectory();
    assertThat(ModelMetrics.read(ws.pipeline.resolve("models/als/metrics.json")).split("test").orElseThrow()
        .baseline()).containsKeys("precision_at_10", "coverage");
    assertThat(trained.results()).containsEntry(ModelMetrics.RESULT_KEY,
        ws.pipeline.resolve("models/als/metrics.json").toString());
  }

  @Test
  void reportSection_chartsPrecisionAtKOfAlsAgainstTheBaseline() {
    assertThat(trained.results()).containsEntry(ReportSection.RESULT_KEY,
        ws.pipeline.resolve("models/als/report-section.json").toString());
    ReportSection section = ReportSection.read(ws.pipeline.resolve("models/als/report-section.json"));

    Chart precision = section.charts().get(0);
    assertThat(precision.kind()).isEqualTo(Chart.Kind.LINE);
    assertThat(precision.title()).startsWith("precision@k, ALS vs most popular");
    assertThat(precision.series()).extracting(Chart.Series::name).containsExactly("ALS", "most popular");
    assertThat(precision.series().get(0).x()).hasSize(12).startsWith(1.0, 2.0);
    assertThat(precision.series().get(0).y().get(9))
        .isEqualTo(metrics.path("splits").path("test").path("model").path("precision_at_10").asDouble());
    assertThat(precision.series().get(1).y().get(9))
        .isEqualTo(metrics.path("splits").path("test").path("baseline").path("precision_at_10").asDouble());
    assertThat(section.tables().get(0).rows()).hasSize(6)
        .allSatisfy(row -> assertThat(row.get(0)).isIn("bought_items_allowed", "bought_items_excluded"));
  }

  @Test
  void als_beatsMostPopularOnGeneratedTastes() {
    double model = metrics.path("splits").path("test").path("model").path("precision_at_10").asDouble();
    double baseline = metrics.path("splits").path("test").path("baseline").path("precision_at_10").asDouble();
    assertThat(model).isGreaterThan(1.5 * baseline);
    assertThat(trained.results()).containsEntry("precision_at_10", model)
        .containsEntry("baseline_precision_at_10", baseline);
  }

  @Test
  void tables_holdTenRankedRecommendationsPerCustomerAndProduct() {
    Dataset<Row> customers = ws.parquet("serving/recommendations/customers");
    Dataset<Row> purchases = ws.parquet("curated/purchases");
    long buyers = purchases.select("customer_id").distinct().count();
    long products = purchases.select("stock_code").distinct().count();
    assertThat(customers.count()).isEqualTo(buyers * 10);
    assertThat(customers.groupBy("customer_id").agg(org.apache.spark.sql.functions.collect_set("rank").as("r"))
        .where("size(r) <> 10").count()).isZero();
    assertThat(customers.where("description IS NULL").count()).isZero();
    assertThat(ws.parquet("serving/recommendations/items").count()).isEqualTo(products * 10);
    assertThat(ws.catalog.getTable(RetailJobs.DATABASE, RetailTrainJob.CUSTOMER_TABLE).storageDescriptor().columns())
        .extracting(c -> c.name() + ":" + c.type())
        .containsExactly("customer_id:int", "rank:int", "stock_code:string", "description:string", "score:double");
    assertThat(ws.catalog.getTable(RetailJobs.DATABASE, RetailTrainJob.ITEM_TABLE)).isNotNull();
  }

  @Test
  void excludeBought_neverRecommendsAPurchasedProduct() {
    Map<String, String> args = new java.util.HashMap<>(SMALL);
    args.put("bought_items", "exclude");
    args.put("final_fit", "train");
    // outputs of their own, so the other tests keep reading the default run's
    args.put("model_path", ws.pipeline.resolve("models/als-exclude").toString());
    args.put("recommendations_path", ws.pipeline.resolve("serving/exclude").toString());
    args.put("customer_table", "customer_recommendations_exclude");
    args.put("item_table", "item_recommendations_exclude");
    JobRunRecord run = ws.train(args);

    assertThat(run.results()).containsEntry("protocol", "bought_items_excluded");
    Dataset<Row> recommended = ws.parquet("serving/exclude/customers");
    Dataset<Row> bought = ws.parquet("curated/purchases").select("customer_id", "stock_code").distinct();
    assertThat(recommended.select("customer_id", "stock_code").intersect(bought).count())
        .as("nothing a customer bought, before or after the cutoff").isZero();
    assertThat(recommended.count()).isPositive();
  }

  @Test
  void badSettings_failNamingTheArgumentAndTheRule() {
    JobFailedException rank = catchThrowableOfType(() -> ws.train(Map.of("rank", "0")), JobFailedException.class);
    JobFailedException confidence = catchThrowableOfType(() -> ws.train(Map.of("confidence", "clicks")),
        JobFailedException.class);

    assertThat(rank.getCause()).isInstanceOf(RetailSettingException.class)
        .hasMessage("Invalid setting --rank = 0: give a whole number 1..1000.");
    assertThat(confidence.getCause()).hasMessageContaining("--confidence = clicks")
        .hasMessageContaining("[invoices_log, invoices, quantity_log, quantity, binary]");
  }
}
