package org.gluesuite.jobs.retail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.Mapping;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Cleans the crawled order logs into the curated purchases table: types every line (a line that cannot be typed is
 * an error record naming the column and value), drops the lines that are not purchases by a known customer for the
 * reasons of {@link OrderLineRules} (each reason counted in the run's results), and appends the rest as Parquet
 * partitioned {@code year=/month=/day=} by invoice day, registered in the catalog.
 *
 * <p>Arguments: {@code --database}, {@code --raw_table} (the crawler's table, {@code partition_0..3} = the
 * invoice hour folders), {@code --curated_path}, {@code --curated_table}. Run it with
 * {@code --job-bookmark-option job-bookmark-enable}: each run then reads only the hour folders (and files) that
 * arrived since the last one, and appends, so runs hour by hour give the same table as one run over everything.
 */
public final class RetailCleanJob implements GlueJob {
  public static final String NAME = "retail-clean";
  /** The raw read's transformation context: the bookmark's key. */
  static final String SOURCE_CONTEXT = "orders";
  private static final List<Mapping> CURATED = List.of(
      Mapping.of("invoice_no", "string", "invoice_no", "string"),
      Mapping.of("stock_code", "string", "stock_code", "string"),
      Mapping.of("description", "string", "description", "string"),
      Mapping.of("quantity", "int", "quantity", "int"),
      Mapping.of("invoice_date", "timestamp", "invoice_date", "timestamp"),
      Mapping.of("unit_price", "double", "unit_price", "double"),
      Mapping.of("customer_id", "int", "customer_id", "int"),
      Mapping.of("country", "string", "country", "string"),
      Mapping.of("year", "string", "year", "string"),
      Mapping.of("month", "string", "month", "string"),
      Mapping.of("day", "string", "day", "string"));

  public static void main(String[] args) {
    JobMain.run(NAME, new RetailCleanJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "raw_table", "curated_path", "curated_table");
    String database = args.get("database");
    String rawTable = args.get("raw_table");
    checkColumns(context.glue().catalog().getTable(database, rawTable));

    GlueFrame raw = context.glue().getCatalogSource(database, rawTable).transformationContext(SOURCE_CONTEXT)
        .getFrame();
    GlueFrame lines = raw.map(OrderLineRules::typed, TransformOptions.context("type_order_lines"));
    long typed = lines.count();
    long untyped = lines.stageErrorsCount();
    context.metrics().recordRead(database + "." + rawTable, typed + untyped);
    if (typed + untyped == 0) {
      context.metrics().put("lines_kept", 0L);
      return;   // nothing new since the last run
    }
    // with no typed line the frame has no columns to count by; the write below still files the error records
    Map<String, Long> dropped = typed == 0 ? Map.of() : droppedByReason(lines);
    context.metrics().put("lines_typed", typed);
    context.metrics().put("lines_kept", typed - dropped.values().stream().mapToLong(Long::longValue).sum());
    dropped.forEach((reason, count) -> context.metrics().put("dropped_" + reason, count));
    if (typed > 0) {
      context.metrics().put("non_product_codes", nonProductCodes(lines));
    }

    GlueFrame purchases = lines
        .filter(r -> r.get(OrderLineRules.DROP_REASON) == null, TransformOptions.context("keep_purchases"))
        .applyMapping(CURATED, false, TransformOptions.context("curated_columns"));
    SinkOptions sink = SinkOptions.of(args.get("curated_path"), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day")
        .withWriteMode(WriteMode.APPEND)
        .withCatalogUpdate(database, args.get("curated_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    context.glue().getSinkWithFormat(sink).writeFrame(purchases);
  }

  /** Lines dropped per reason, every reason listed (0 when none). */
  private static Map<String, Long> droppedByReason(GlueFrame lines) {
    Map<String, Long> counts = new LinkedHashMap<>();
    OrderLineRules.DROP_REASONS.forEach(r -> counts.put(r, 0L));
    for (Row row : lines.toDF().where(OrderLineRules.DROP_REASON + " IS NOT NULL")
        .groupBy(OrderLineRules.DROP_REASON).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /** The non-product stock codes dropped and their line counts, most frequent first. */
  private static Map<String, Long> nonProductCodes(GlueFrame lines) {
    Map<String, Long> codes = new LinkedHashMap<>();
    for (Row row : lines.toDF().where(OrderLineRules.DROP_REASON + " = '" + OrderLineRules.NON_PRODUCT + "'")
        .groupBy("stock_code").count().orderBy(org.apache.spark.sql.functions.col("count").desc(),
            org.apache.spark.sql.functions.col("stock_code")).collectAsList()) {
      codes.put(row.getString(0), row.getLong(1));
    }
    return codes;
  }

  private static void checkColumns(Table table) {
    List<String> present = new ArrayList<>();
    table.storageDescriptor().columns().stream().map(Column::name).forEach(present::add);
    List<String> missing = OrderLineRules.RAW_COLUMNS.stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw RetailErrors.missingColumns(table.qualifiedName(), missing, present);
    }
  }
}
