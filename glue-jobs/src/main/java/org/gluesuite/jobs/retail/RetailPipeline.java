package org.gluesuite.jobs.retail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.jobs.pipeline.JobResult;
import org.gluesuite.jobs.pipeline.MetricsSummary;
import org.gluesuite.jobs.pipeline.Pipeline;
import org.gluesuite.jobs.pipeline.PipelineData;
import org.gluesuite.jobs.pipeline.PipelineRun;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;

/**
 * The retail pipeline of {@code glue-suite run retail}: workflow {@code retail} (crawler {@code retail-orders} →
 * {@code retail-clean} → {@code retail-train}, failure branch {@code retail-record-failure}).
 *
 * <ul>
 *   <li>Sample data: {@link RetailDataGenerator}, order logs of the UCI Online Retail schema by invoice hour.</li>
 *   <li>{@code --input DIR}: order logs ({@code .csv} or {@code .csv.gz}, e.g. the UCI file itself) checked and
 *       landed by {@link RetailLander} under {@code raw/orders/yyyy/mm/dd/hh/}.</li>
 * </ul>
 */
public final class RetailPipeline implements Pipeline {
  public static final String NAME = "retail";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String workflowName() {
    return RetailJobs.WORKFLOW;
  }

  @Override
  public String description() {
    return "order logs as .csv or .csv.gz files with the UCI Online Retail header "
        + String.join(",", OrderLogFormat.COLUMNS);
  }

  @Override
  public String lakeFolder() {
    return RetailJobs.ROOT;
  }

  @Override
  public String database() {
    return RetailJobs.DATABASE;
  }

  @Override
  public PreparedData generate(Path root, SampleRequest request) {
    RetailDataGenerator.Summary g = RetailDataGenerator.builder()
        .seed(request.seedOr(RetailDataGenerator.DEFAULT_SEED))
        .days(request.daysOr(RetailDataGenerator.DEFAULT_DAYS))
        .customers(request.scaled(RetailDataGenerator.DEFAULT_CUSTOMERS)).build().generate(root);
    return new PreparedData(String.format(Locale.ROOT, "sample order logs %s .. %s: %,d lines of %,d invoices in "
            + "%,d hour folders (%,d purchases, %,d guest, %,d cancellation, %,d non-product lines)", g.firstHour(),
        g.lastHour(), g.lines(), g.invoices(), g.hourFolders(), g.purchaseLines(), g.guestLines(),
        g.cancellationLines(), g.nonProductLines()), g);
  }

  @Override
  public PreparedData land(Path input, Path root) {
    RetailLander.LandingSummary landed = RetailLander.land(PipelineData.inputFiles(this, input, description()), root);
    return new PreparedData(String.format(Locale.ROOT, "landed %,d order line%s of %d file%s into %,d hour folders "
            + "%s .. %s under %s", landed.lines(), landed.lines() == 1 ? "" : "s", landed.inputs().size(),
        landed.inputs().size() == 1 ? "" : "s", landed.hourFolders(), landed.firstHour(), landed.lastHour(),
        OrderLogFormat.ORDERS_FOLDER), Map.of("files", landed.inputs().size(), "lines", landed.lines(),
        "hour_folders", landed.hourFolders(), "first_hour", String.valueOf(landed.firstHour()),
        "last_hour", String.valueOf(landed.lastHour())));
  }

  /**
   * A {@code .csv}/{@code .csv.gz} file whose header names an order-log column: the lander then checks the whole
   * header, so a file with a column missing gets that precise error rather than "not an input".
   */
  @Override
  public boolean recognizes(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".csv.gz")) {
      return false;
    }
    try {
      String header = OrderLogReader.firstLine(file).toLowerCase(Locale.ROOT);
      return header.contains("invoiceno") || header.contains("stockcode");
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public List<String> summary(PipelineRun run) {
    List<String> out = new ArrayList<>();
    run.job(RetailCleanJob.NAME).ifPresent(clean -> cleanLines(clean, out));
    run.metrics(RetailTrainJob.NAME).ifPresent(metrics -> {
      out.addAll(MetricsSummary.lines(metrics));
      metrics.extra("protocols").ifPresent(protocols -> protocols.fields().forEachRemaining(e -> {
        JsonNode p = e.getValue();
        out.add(MetricsSummary.line(e.getKey().replace('_', ' '), String.format(Locale.ROOT,
            "P@10 %.3f vs most popular %.3f (%.2f×), %,d customers",
            p.path("model").path("precision_at_10").asDouble(Double.NaN),
            p.path("baseline").path("precision_at_10").asDouble(Double.NaN),
            p.path("precision_at_10_lift").asDouble(Double.NaN), p.path("customers").asInt())));
      }));
    });
    run.job(RetailTrainJob.NAME).ifPresent(train -> {
      train.result("model").ifPresent(m -> out.add(MetricsSummary.line("model output", m)));
      out.add(MetricsSummary.line("recommendations", String.format(Locale.ROOT, "%s.%s, %s.%s (top %d)",
          RetailJobs.DATABASE, RetailTrainJob.CUSTOMER_TABLE, RetailJobs.DATABASE, RetailTrainJob.ITEM_TABLE,
          RecommenderSettings.TOP_K)));
    });
    return out;
  }

  private static void cleanLines(JobResult clean, List<String> out) {
    out.add(MetricsSummary.line("lines read", String.format(Locale.ROOT, "%,d (new order-log hours)",
        clean.rowsRead())));
    out.add(MetricsSummary.line("lines in error", String.format(Locale.ROOT, "%,d", clean.errorRecords())));
    List<String> dropped = new ArrayList<>();
    for (String reason : OrderLineRules.DROP_REASONS) {
      clean.result("dropped_" + reason).ifPresent(n -> dropped.add(reason.replace('_', ' ') + " " + n));
    }
    if (!dropped.isEmpty()) {
      out.add(MetricsSummary.line("lines dropped", String.join(", ", dropped)));
    }
    out.add(MetricsSummary.line("lines written", String.format(Locale.ROOT, "%,d purchases to %s.%s",
        clean.rowsWritten(), RetailJobs.DATABASE, RetailJobs.CURATED_TABLE)));
    out.add(MetricsSummary.line("partitions written", String.format(Locale.ROOT, "%,d (year=/month=/day=)",
        clean.partitionsWritten())));
  }
}
