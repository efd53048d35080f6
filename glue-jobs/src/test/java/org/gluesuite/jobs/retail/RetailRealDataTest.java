package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.TableChange;
import org.gluesuite.runtime.job.JobRunRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole pipeline on the real UCI Online Retail file ({@code ../shared/data/online_retail/online_retail.csv.gz},
 * 541,909 lines, read in place): landed by invoice hour, crawled, cleaned, trained and evaluated as the
 * {@code retail} workflow runs it (training with {@link #TEST_SETTINGS}). The expected counts were computed from the
 * file independently of this code (a Python csv reader): see the README's retail section.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetailRealDataTest {
  /**
   * The defaults but rank 32 and one fit (the evaluated model serves): the default rank 128 with its refit on every
   * line took 10 minutes on the shared build machine and gives P@10 0.2482 against 0.0723 (README); rank 32 keeps
   * the test to a few minutes and still has to clear the bar.
   */
  private static final Map<String, String> TEST_SETTINGS = Map.of("rank", "32", "final_fit", "train");
  private RetailWorkspace workspace;
  private RetailLander.LandingSummary landed;
  private CrawlResult crawled;
  private JobRunRecord cleaned;
  private JobRunRecord trained;

  @BeforeAll
  void runThePipeline() {
    assumeTrue(Files.isRegularFile(RetailWorkspace.sharedOrders()), "Skipped: the shared Online Retail file "
        + RetailWorkspace.sharedOrders() + " is absent (expected at ../shared/data next to the repository).");
    workspace = RetailWorkspace.create("retail-real");
    long t0 = System.nanoTime();
    landed = RetailLander.land(RetailWorkspace.sharedOrders(), workspace.pipeline);
    long t1 = System.nanoTime();
    crawled = workspace.crawl();
    long t2 = System.nanoTime();
    cleaned = workspace.clean(true);
    long t3 = System.nanoTime();
    trained = workspace.train(TEST_SETTINGS);
    long t4 = System.nanoTime();
    System.out.printf("retail real data: land %.1f s, crawl %.1f s, clean %.1f s, train %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
  }

  @AfterAll
  void close() {
    if (workspace != null) {
      workspace.close();
    }
  }

  @Test
  void landing_putsEveryLineInItsInvoiceHour() {
    assertThat(landed.lines()).isEqualTo(541_909);
    assertThat(landed.hourFolders()).isEqualTo(2_938);
    assertThat(landed.firstHour()).isEqualTo("2010/12/01/08");
    assertThat(landed.lastHour()).isEqualTo("2011/12/09/12");
  }

  @Test
  void crawler_makesOneTableWithAPartitionPerHourFolder() {
    assertThat(crawled.status()).isEqualTo(CrawlState.SUCCEEDED);
    assertThat(crawled.report().tables()).extracting(TableChange::table).containsExactly(RetailJobs.RAW_TABLE);
    assertThat(crawled.partitionsAdded()).isEqualTo(2_938);
    Table raw = workspace.catalog.getTable(RetailJobs.DATABASE, RetailJobs.RAW_TABLE);
    assertThat(raw.partitionKeys()).extracting(Column::name)
        .containsExactly("partition_0", "partition_1", "partition_2", "partition_3");
    assertThat(raw.storageDescriptor().columns()).extracting(Column::name)
        .containsExactlyElementsOf(OrderLineRules.RAW_COLUMNS);
    assertThat(workspace.catalog.getPartitions(RetailJobs.DATABASE, RetailJobs.RAW_TABLE)).hasSize(2_938);
  }

  @Test
  void clean_keepsThePurchasesAndCountsEveryDroppedLine() {
    assertThat(cleaned.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(cleaned.totalErrorRecords()).isZero();
    assertThat(cleaned.totalRowsRead()).isEqualTo(541_909);
    Map<String, Object> r = cleaned.results();
    assertThat(r.get("dropped_null_customer")).isEqualTo(135_080L);
    assertThat(r.get("dropped_cancellation")).isEqualTo(8_905L);
    assertThat(r.get("dropped_non_positive_quantity")).isEqualTo(0L);
    assertThat(r.get("dropped_non_product")).isEqualTo(1_554L);
    assertThat(r.get("non_product_codes")).isEqualTo(Map.of("POST", 1_099L, "M", 290L, "C2", 133L, "DOT", 16L,
        "BANK CHARGES", 12L, "PADS", 4L));
    assertThat(cleaned.rowsWritten()).isEqualTo(396_370L);
    assertThat(cleaned.partitionsWritten()).isEqualTo(305);

    Dataset<Row> purchases = workspace.parquet("curated/purchases");
    Row counts = purchases.selectExpr("count(*)", "count(DISTINCT customer_id)", "count(DISTINCT stock_code)")
        .first();
    assertThat(counts.getLong(0)).isEqualTo(396_370L);
    assertThat(counts.getLong(1)).isEqualTo(4_335L);
    assertThat(counts.getLong(2)).isEqualTo(3_659L);
  }

  @Test
  void clean_readsRfc4180QuotesExactly() {
    // the file doubles quotes inside quoted fields; a backslash-escape reader gets these wrong silently
    List<Row> rows = workspace.parquet("curated/purchases")
        .where("invoice_no = '536477' AND stock_code = '22041'").select("description").collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("RECORD FRAME 7\" SINGLE SIZE ");
    assertThat(workspace.parquet("curated/purchases").where("description LIKE '%\"%'").count())
        .as("purchase lines whose description holds a quote").isPositive();
  }

  @Test
  void train_beatsMostPopularByHalfAgainOnTheHeldOutMonth() throws Exception {
    assertThat(trained.state()).isEqualTo(JobRunState.SUCCEEDED);
    JsonNode metrics = new ObjectMapper().readTree(workspace.pipeline.resolve("models/als/metrics.json").toFile());
    System.out.println("retail metrics: " + metrics.path("protocols"));
    assertThat(metrics.path("split").path("cutoff").asText()).isEqualTo("2011-11-09 00:00:00");
    assertThat(metrics.path("split").path("evaluated_customers").asInt()).isEqualTo(1_395);
    assertThat(metrics.path("split").path("train_items").asInt()).isEqualTo(3_618);
    assertThat(metrics.path("rows").path("train").asLong()).isEqualTo(330_160L);
    assertThat(metrics.path("rows").path("test").asLong()).isEqualTo(66_210L);

    double model = metrics.path("splits").path("test").path("model").path("precision_at_10").asDouble();
    double baseline = metrics.path("splits").path("test").path("baseline").path("precision_at_10").asDouble();
    assertThat(baseline).isCloseTo(0.0723, org.assertj.core.data.Offset.offset(0.0005));
    assertThat(model).as("ALS precision@10 against most-popular %.4f", baseline).isGreaterThanOrEqualTo(1.5 * baseline);

    JsonNode excluded = metrics.path("protocols").path("bought_items_excluded");
    assertThat(excluded.path("customers").asInt()).isEqualTo(1_294);
    assertThat(excluded.path("model").path("precision_at_10").asDouble())
        .isGreaterThanOrEqualTo(1.5 * excluded.path("baseline").path("precision_at_10").asDouble());

    assertThat(metrics.path("split").path("train_customers").asInt()).isEqualTo(4_063);
    assertThat(workspace.parquet("serving/recommendations/customers").count()).isEqualTo(4_063L * 10);
    assertThat(workspace.parquet("serving/recommendations/items").count()).isEqualTo(3_618L * 10);
  }
}
