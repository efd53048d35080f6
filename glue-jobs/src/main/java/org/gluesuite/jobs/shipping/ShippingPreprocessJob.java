package org.gluesuite.jobs.shipping;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.dq.DeclaredRulesets;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Step 1 of the seed, data preprocessing: the crawled shipping logs left-joined with the product descriptions,
 * snake_case columns, {@code M/D/YY} dates, and the seed's date-cutoff split, written as Parquet partitioned
 * {@code split=training|validation} and registered in the catalog (see {@link ShippingPreprocessing}). Rows with a
 * missing or malformed value are error records (counted in the run record, kept under the workspace's errors).
 *
 * <p>Arguments: {@code --database}, {@code --shipping_logs_table}, {@code --product_descriptions_table},
 * {@code --curated_path}, {@code --curated_table}; optional {@code --training_fraction} (default 0.9, the seed's).
 */
public final class ShippingPreprocessJob implements GlueJob {
  public static final String NAME = "shipping-preprocess";

  public static void main(String[] args) {
    JobMain.run(NAME, new ShippingPreprocessJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "shipping_logs_table", "product_descriptions_table",
        "curated_path", "curated_table");
    String database = args.get("database");
    double fraction = ShippingPreprocessing.trainingFraction(args.getOrDefault("training_fraction", null));
    String logsTable = args.get("shipping_logs_table");
    String productsTable = args.get("product_descriptions_table");

    ShippingPreprocessing.Preprocessed result = ShippingPreprocessing.preprocess(
        read(context, database, logsTable), database + "." + logsTable,
        read(context, database, productsTable), database + "." + productsTable, fraction);

    // Kept in memory: the rulesets' checks and the write read the same joined, checked rows, computed once.
    Dataset<Row> shipments = result.shipments().toDF().persist();
    // The table's declared rulesets (catalog-schemas/rulesets) on the rows about to be written.
    DeclaredRulesets.evaluate(context, shipments, database, args.get("curated_table"));
    SinkOptions sink = SinkOptions.of(args.get("curated_path"), StorageFormat.PARQUET)
        .withPartitionKeys(ShippingPreprocessing.SPLIT)
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, args.get("curated_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    // Ten thousand rows: one file per split, not one per shuffle partition.
    context.glue().getSinkWithFormat(sink).writeFrame(result.shipments().withDF(shipments).repartition(1));
    shipments.unpersist();

    DateSplit split = result.split();
    context.metrics().put("cutoff_date", split.cutoff().toString());
    context.metrics().put("training_rows", split.trainingRows());
    context.metrics().put("validation_rows", split.validationRows());
    context.metrics().put("order_dates", split.dates());
  }

  private static GlueFrame read(JobRunContext context, String database, String table) {
    GlueFrame frame = context.glue().getCatalogSource(database, table).transformationContext(table).getFrame();
    context.metrics().recordRead(database + "." + table, frame.count());
    return frame;
  }
}
