package org.gluesuite.jobs.shipping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gluesuite.jobs.pipeline.MetricsSummary;
import org.gluesuite.jobs.pipeline.Pipeline;
import org.gluesuite.jobs.pipeline.PipelineRun;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;

/**
 * The shipping-days pipeline of {@code glue-suite run shipping}: workflow {@code shipping} (crawler
 * {@code shipping-raw} → preprocess → features (training pass, fits and saves) → features (validation pass, loads)
 * → train, and a failure branch).
 *
 * <ul>
 *   <li>Sample data: {@link ShippingDataGenerator} (the seed files' schema and distributions).</li>
 *   <li>{@code --input DIR}: the seed's two files, {@code ShippingLogs.csv} and {@code ProductDescriptions.csv}
 *       (found by name or by header), checked completely by {@link ShippingInputLander} before they land.</li>
 * </ul>
 */
public final class ShippingPipeline implements Pipeline {
  @Override
  public String name() {
    return ShippingJobs.PIPELINE;
  }

  @Override
  public String workflowName() {
    return ShippingJobs.PIPELINE;
  }

  @Override
  public String description() {
    return "the seed's two CSV files: " + ShippingSource.SHIPPING_LOGS.fileName() + " (header "
        + String.join(",", ShippingSource.SHIPPING_LOGS.headers()) + ") and "
        + ShippingSource.PRODUCT_DESCRIPTIONS.fileName() + " (header "
        + String.join(",", ShippingSource.PRODUCT_DESCRIPTIONS.headers()) + ")";
  }

  @Override
  public String lakeFolder() {
    return ShippingJobs.ROOT;
  }

  @Override
  public String database() {
    return ShippingJobs.DATABASE;
  }

  @Override
  public PreparedData generate(Path root, SampleRequest request) {
    ShippingGenerationSummary g = ShippingDataGenerator.builder()
        .seed(request.seedOr(ShippingDataGenerator.DEFAULT_SEED))
        .days(request.daysOr(ShippingDataGenerator.DEFAULT_DAYS))
        .orders(request.scaled(ShippingDataGenerator.DEFAULT_ORDERS)).build().generate(root);
    return new PreparedData(String.format(Locale.ROOT, "sample data (seed %d): %,d orders from %s to %s (%,d late) "
        + "and %,d products", g.seed(), g.orders(), g.firstDate(), g.lastDate(), g.lateOrders(), g.products()), g);
  }

  @Override
  public PreparedData land(Path input, Path root) {
    LandingSummary s = ShippingInputLander.land(input, root);
    return new PreparedData(String.format(Locale.ROOT, "landed %s (%,d orders on %,d dates, %s to %s; %,d without "
            + "a product description) and %s (%,d products) into raw/", s.shippingLogs().getFileName(), s.orders(),
        s.orderDates(), s.firstDate(), s.lastDate(), s.ordersWithoutProduct(), s.productDescriptions().getFileName(),
        s.products()), s);
  }

  /** A seed file by its name (any case) or by a header naming exactly one source's columns. */
  @Override
  public boolean recognizes(Path file) {
    List<String> header;
    try {
      header = InputFileCheck.header(file);
    } catch (IOException e) {
      header = null;
    }
    for (ShippingSource source : ShippingSource.values()) {
      if (file.getFileName().toString().equalsIgnoreCase(source.fileName())
          || ShippingInputLander.sameColumns(header, source.headers())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<String> summary(PipelineRun run) {
    List<String> out = new ArrayList<>();
    run.job(ShippingPreprocessJob.NAME).ifPresent(p -> {
      out.add(MetricsSummary.line("rows read", String.format(Locale.ROOT, "%,d (orders and product descriptions)",
          p.rowsRead())));
      out.add(MetricsSummary.line("rows in error", String.format(Locale.ROOT, "%,d", p.errorRecords())));
      out.add(MetricsSummary.line("split", String.format(Locale.ROOT, "cutoff %s: %s training, %s validation rows",
          p.result("cutoff_date").orElse("?"), p.result("training_rows").orElse("?"),
          p.result("validation_rows").orElse("?"))));
    });
    run.metrics(ShippingTrainJob.NAME).ifPresent(metrics -> {
      out.addAll(MetricsSummary.lines(metrics));
      metrics.extra(ShippingMetrics.IMPORTANCES_BY_COLUMN_EXTRA).ifPresent(importances -> {
        List<String> top = new ArrayList<>();
        importances.fields().forEachRemaining(e -> {
          if (top.size() < 3) {
            top.add(String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue().asDouble()));
          }
        });
        if (!top.isEmpty()) {
          out.add(MetricsSummary.line("top features", String.join(" · ", top)));
        }
      });
    });
    run.job(ShippingTrainJob.NAME).flatMap(j -> j.result("model")).ifPresent(m -> out.add(
        MetricsSummary.line("model output", m)));
    return out;
  }
}
