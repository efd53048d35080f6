package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.runtime.job.JobFailedException;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clean job on generated order logs, crawled as the workflow crawls them. */
class RetailCleanJobTest {
  private static final RetailDataGenerator GENERATOR = RetailDataGenerator.builder().seed(3)
      .start(LocalDate.of(2011, 3, 1)).days(50).customers(150).items(150).build();
  /** Generated once; tests copy hour folders from here into their own workspaces. */
  private static Path source;
  private static RetailDataGenerator.Summary summary;
  private static List<String> hours;

  @BeforeAll
  static void generate() throws IOException {
    source = TestSpark.newFolder("retail-source");
    summary = GENERATOR.generate(source);
    try (Stream<Path> walk = Files.walk(source.resolve(OrderLogFormat.ORDERS_FOLDER), 4)) {
      Path orders = source.resolve(OrderLogFormat.ORDERS_FOLDER);
      hours = walk.filter(p -> orders.relativize(p).getNameCount() == 4).map(p -> orders.relativize(p).toString())
          .sorted().toList();
    }
  }

  @Test
  void clean_keepsExactlyThePurchasesAndCountsEachDropReason() throws IOException {
    try (RetailWorkspace ws = RetailWorkspace.create("retail-clean")) {
      copyHours(ws, hours);
      CrawlResult crawl = ws.crawl();
      JobRunRecord run = ws.clean(true);

      assertThat(crawl.tablesCreated()).isEqualTo(1);
      Table raw = ws.catalog.getTable(RetailJobs.DATABASE, RetailJobs.RAW_TABLE);
      assertThat(raw.partitionKeys()).extracting(Column::name)
          .containsExactly("partition_0", "partition_1", "partition_2", "partition_3");
      assertThat(ws.catalog.getPartitions(RetailJobs.DATABASE, RetailJobs.RAW_TABLE)).hasSize(summary.hourFolders());

      assertThat(run.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(run.totalRowsRead()).isEqualTo(summary.lines());
      assertThat(run.totalErrorRecords()).isZero();
      assertThat(run.rowsWritten()).isEqualTo(summary.purchaseLines());
      assertThat(run.results()).containsEntry("dropped_null_customer", summary.guestLines() + summary.adjustmentLines())
          .containsEntry("dropped_cancellation", summary.cancellationLines())
          .containsEntry("dropped_non_positive_quantity", summary.zeroQuantityLines())
          .containsEntry("dropped_non_product", summary.nonProductLines())
          .containsEntry("lines_kept", summary.purchaseLines());
      JsonNode quality = new ObjectMapper().valueToTree(run.results()).get("DataQuality");
      assertThat(quality).as("the curated table's declared ruleset, evaluated on the rows written").hasSize(1);
      assertThat(quality.get(0).get("RulesetName").asText()).isEqualTo("purchases_quality");
      assertThat(quality.get(0).get("RuleResults")).hasSize(7)
          .allSatisfy(rule -> assertThat(rule.get("Result").asText()).as(rule.toString()).isEqualTo("PASS"));

      Dataset<Row> purchases = ws.parquet("curated/purchases");
      assertThat(purchases.count()).isEqualTo(summary.purchaseLines());
      assertThat(purchases.where("quantity <= 0 OR customer_id IS NULL OR invoice_no LIKE 'C%'").count()).isZero();
      assertThat(purchases.where("NOT stock_code RLIKE '^[0-9]{5}[A-Za-z]{0,2}$'").count()).isZero();
      assertThat(purchases.where("date_format(invoice_date, 'yyyy-MM-dd') <> concat(year, '-', month, '-', day)")
          .count()).as("each line in its invoice day's partition").isZero();
      Table curated = ws.catalog.getTable(RetailJobs.DATABASE, RetailJobs.CURATED_TABLE);
      assertThat(curated.storageDescriptor().columns()).extracting(c -> c.name() + ":" + c.type())
          .containsExactly("invoice_no:string", "stock_code:string", "description:string", "quantity:int",
              "invoice_date:timestamp", "unit_price:double", "customer_id:int", "country:string");
    }
  }

  /**
   * The acceptance check: 30 hour folders landed one at a time, each followed by a crawl (new folders only) and a
   * bookmarked clean run, give the same table, row for row, as one crawl and one run over all 30.
   */
  @Test
  void cleanHourByHourWithBookmarks_equalsOneFullRun() throws IOException {
    List<String> first30 = hours.subList(0, 30);
    try (RetailWorkspace hourly = RetailWorkspace.create("retail-hourly");
         RetailWorkspace full = RetailWorkspace.create("retail-full")) {
      long written = 0;
      java.util.Set<String> parents = new java.util.HashSet<>();
      for (String hour : first30) {
        copyHours(hourly, List.of(hour));
        for (int depth = 1; depth <= 3; depth++) {
          parents.add(String.join("/", List.of(hour.split("/")).subList(0, depth)));
        }
        CrawlResult crawl = hourly.crawl();
        assertThat(crawl.report().foldersListed())
            .as("hour %s: the crawl lists the root, the year/month/day folders and the new hour only", hour)
            .isEqualTo(1 + parents.size() + 1);
        JobRunRecord run = hourly.clean(true);
        assertThat(run.state()).isEqualTo(JobRunState.SUCCEEDED);
        assertThat(run.bookmarkedFilesRead()).as("hour %s: only the new hour's file", hour)
            .containsEntry(RetailCleanJob.SOURCE_CONTEXT, 1);
        written += run.rowsWritten();
      }
      copyHours(full, first30);
      full.crawl();
      JobRunRecord once = full.clean(true);

      Dataset<Row> byHour = hourly.parquet("curated/purchases");
      Dataset<Row> atOnce = full.parquet("curated/purchases");
      assertThat(once.rowsWritten()).isEqualTo(written).isPositive();
      assertThat(byHour.count()).isEqualTo(atOnce.count()).isEqualTo(written);
      assertThat(byHour.exceptAll(atOnce).count()).isZero();
      assertThat(atOnce.exceptAll(byHour).count()).isZero();

      JobRunRecord nothingNew = hourly.clean(true);
      assertThat(nothingNew.rowsWritten()).as("a run with no new hour reads and writes nothing").isZero();
      assertThat(hourly.parquet("curated/purchases").count()).isEqualTo(written);
    }
  }

  @Test
  void clean_badLinesBecomeErrorRecordsWithCountsAndTheRestIsKept() throws IOException {
    try (RetailWorkspace ws = RetailWorkspace.create("retail-bad")) {
      copyHours(ws, hours.subList(0, 3));
      // a file that did not come through the lander, next to a landed one: the crawler skips it (ragged), but the
      // job reads every file of the hour's partition
      String hour = hours.get(0);
      String time = hour.substring(0, 10).replace('/', '-') + " " + hour.substring(11);
      Path hand = ws.pipeline.resolve(OrderLogFormat.ORDERS_FOLDER).resolve(hour).resolve("hand-made.csv");
      Files.writeString(hand, OrderLogFormat.header() + "\n"
          + "\"540001\",\"22041\",\"RECORD FRAME 7\"\" SINGLE SIZE \",6,\"" + time + ":05:00\",2.10,17850,\"United Kingdom\"\n"
          + "\"540002\",\"22041\",\"BROKEN\",6,\"" + time + ":06:00\",2.10,17850\n"
          + "\"540003\",\"22041\",\"LAMP\",six,\"" + time + ":07:00\",2.10,17850,\"United Kingdom\"\n"
          + "\"540004\",\"22041\",\"LAMP\",6,\"28/02/2011 10:08\",2.10,17850,\"United Kingdom\"\n");
      assertThat(ws.crawl().report().filesSkipped()).extracting(f -> f.path()).containsExactly(hand.toString());

      JobRunRecord run = ws.clean(true);

      assertThat(run.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(run.errorRecords()).containsEntry("read " + RetailJobs.DATABASE + "." + RetailJobs.RAW_TABLE, 1L)
          .containsEntry("filter check_order_lines", 2L);
      assertThat(run.totalErrorRecords()).isEqualTo(3);
      String errors = readAll(ws.errors(RetailCleanJob.NAME));
      assertThat(errors).contains("Expected 8 fields").contains("Quantity 'six' is not a whole number")
          .contains("InvoiceDate '28/02/2011 10:08' is not a date-time written yyyy-MM-dd HH:mm:ss");
      assertThat(ws.parquet("curated/purchases").where("invoice_no = '540001'").select("description")
          .first().getString(0)).isEqualTo("RECORD FRAME 7\" SINGLE SIZE ");
    }
  }

  @Test
  void clean_rawTableWithoutTheOrderColumns_failsNamingThem() throws IOException {
    try (RetailWorkspace ws = RetailWorkspace.create("retail-wrong")) {
      Path file = ws.pipeline.resolve(OrderLogFormat.ORDERS_FOLDER).resolve("2011/01/04/10/other.csv");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "station,no2\nDongsi,17\nAotizhongxin,21\n");
      ws.crawl();

      JobFailedException failed = catchThrowableOfType(() -> ws.run(RetailCleanJob.NAME, new RetailCleanJob(),
          RetailJobs.cleanDefaults(ws.lake), Map.of()), JobFailedException.class);

      assertThat(failed.record().state()).isEqualTo(JobRunState.FAILED);
      assertThat(failed.getCause()).isInstanceOf(RetailInputException.class);
      assertThat(failed.record().errorMessage()).contains("retail.raw_orders lacks the order-log column(s) [invoiceno, "
          + "stockcode").contains("columns present: [station, no2]");
    }
  }

  private static void copyHours(RetailWorkspace ws, List<String> hourFolders) throws IOException {
    Path from = source.resolve(OrderLogFormat.ORDERS_FOLDER);
    Path to = ws.pipeline.resolve(OrderLogFormat.ORDERS_FOLDER);
    for (String hour : hourFolders) {
      Files.createDirectories(to.resolve(hour));
      try (Stream<Path> files = Files.list(from.resolve(hour))) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve(hour).resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static String readAll(Path folder) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path f : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
        out.append(Files.readString(f));
      }
    }
    return out.toString();
  }
}
