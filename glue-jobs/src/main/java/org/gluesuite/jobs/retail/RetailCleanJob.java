package org.gluesuite.jobs.retail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.dq.DeclaredRulesets;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.ResolveChoiceSpec;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Cleans the crawled order logs into the curated purchases table: checks and types every line (a line that cannot be
 * typed is an error record naming the column and value, as is a malformed CSV line), drops the lines that are not purchases by a known customer for the
 * reasons of {@link OrderLineRules} (each reason counted in the run's results), and appends the rest as Parquet
 * partitioned {@code year=/month=/day=} by invoice day, registered in the catalog.
 *
 * <p>Arguments: {@code --database}, {@code --raw_table} (the crawler's table, {@code partition_0..3} = the
 * invoice hour folders), {@code --curated_path}, {@code --curated_table}; optional {@code --max_files_in_band}
 * (default {@value #MAX_FILES_IN_BAND}, see {@link #band}). Run it with
 * {@code --job-bookmark-option job-bookmark-enable}: each run then reads only the hour folders (and files) that
 * arrived since the last one, and appends, so runs hour by hour give the same table as one run over everything.
 */
public final class RetailCleanJob implements GlueJob {
  public static final String NAME = "retail-clean";
  /** The raw read's transformation context: the bookmark's key. */
  static final String SOURCE_CONTEXT = "orders";
  /** Files the bookmark takes in one run from its 15-minute band (--max_files_in_band). */
  static final int MAX_FILES_IN_BAND = 100_000;
  /** Every raw column as text (unquoted cells were typed by the reader); {@link OrderLineRules#typed} types them. */
  private static final List<ResolveChoiceSpec> AS_TEXT = OrderLineRules.RAW_COLUMNS.stream()
      .map(c -> ResolveChoiceSpec.of(c, "cast:string")).toList();

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
        .bookmarkBand(band(args)).getFrame();
    if (raw.schema().fields().isEmpty()) {
      context.metrics().recordRead(database + "." + rawTable, 0);
      context.metrics().put("lines_kept", 0L);
      return;   // nothing new since the last run
    }
    GlueFrame valid = raw.filter(OrderLineRules::check, TransformOptions.context("check_order_lines"));
    GlueFrame checked = valid.resolveChoice(AS_TEXT);
    Dataset<Row> typed = OrderLineRules.typed(checked.toDF()).cache();
    try {
      long lines = typed.count();
      context.metrics().recordRead(database + "." + rawTable, lines + valid.stageErrorsCount());
      Map<String, Long> dropped = droppedByReason(typed);
      context.metrics().put("lines_typed", lines);
      long kept = lines - dropped.values().stream().mapToLong(Long::longValue).sum();
      context.metrics().put("lines_kept", kept);
      dropped.forEach((reason, count) -> context.metrics().put("dropped_" + reason, count));
      context.metrics().put("non_product_codes", nonProductCodes(typed));

      Dataset<Row> purchases = typed.where(OrderLineRules.DROP_REASON + " IS NULL").drop(OrderLineRules.DROP_REASON);
      // The table's declared rulesets (catalog-schemas/rulesets) on the purchases about to be appended. An hour whose
      // lines were all dropped appends nothing, and completeness rules cannot be measured on no rows.
      if (kept > 0) {
        DeclaredRulesets.evaluate(context, purchases, database, args.get("curated_table"));
      }
      SinkOptions sink = SinkOptions.of(args.get("curated_path"), StorageFormat.PARQUET)
          .withPartitionKeys("year", "month", "day")
          .withWriteMode(WriteMode.APPEND)
          .withCatalogUpdate(database, args.get("curated_table"), UpdateBehavior.UPDATE_IN_DATABASE);
      // the written frame carries the check's error records, so the run files them
      context.glue().getSinkWithFormat(sink).writeFrame(checked.withDF(purchases));
    } finally {
      typed.unpersist();
    }
  }

  /**
   * The bookmark band: Glue's 15 minutes, but room for {@value #MAX_FILES_IN_BAND} files instead of Glue's 1,000. A
   * landing writes one file per invoice hour at once (2,938 for the Online Retail file), all inside the band: with
   * Glue's cap a run would clean only the oldest 1,000 and leave the rest to later runs.
   */
  private static BookmarkBand band(JobArguments args) {
    String value = args.getOrDefault("max_files_in_band", String.valueOf(MAX_FILES_IN_BAND));
    try {
      int files = Integer.parseInt(value.trim());
      if (files >= 1) {
        return new BookmarkBand(BookmarkBand.DEFAULT.maxBandMillis(), files);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw RetailErrors.invalidSetting("--max_files_in_band", value, "give a whole number of files, 1 or more");
  }

  /** Lines dropped per reason, every reason listed (0 when none). */
  private static Map<String, Long> droppedByReason(Dataset<Row> lines) {
    Map<String, Long> counts = new LinkedHashMap<>();
    OrderLineRules.DROP_REASONS.forEach(r -> counts.put(r, 0L));
    for (Row row : lines.where(OrderLineRules.DROP_REASON + " IS NOT NULL")
        .groupBy(OrderLineRules.DROP_REASON).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /** The non-product stock codes dropped and their line counts, most frequent first. */
  private static Map<String, Long> nonProductCodes(Dataset<Row> lines) {
    Map<String, Long> codes = new LinkedHashMap<>();
    for (Row row : lines.where(OrderLineRules.DROP_REASON + " = '" + OrderLineRules.NON_PRODUCT + "'")
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
