package org.gluesuite.jobs.airquality;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.dq.DeclaredRulesets;
import org.gluesuite.runtime.context.CatalogSource;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Cleans the raw air-quality tables into one curated daily table: one city's NO2 averaged per day,
 * weather sentinels turned into nulls and averaged per day over the stations, joined on the date, and
 * written as Parquet partitioned {@code year=/month=/day=} and registered in the catalog.
 *
 * <p>Arguments: {@code --database}, {@code --measurements_table}, {@code --weather_table}, {@code --city},
 * {@code --curated_path}, {@code --curated_table}; optional {@code --push_down_predicate} (over
 * the raw tables' partition keys {@code partition_0, partition_1, partition_2}: year, month, day as the
 * crawler names {@code yyyy/mm/dd} folders) to clean a window of days. Run with {@code --job-bookmark-option
 * job-bookmark-enable} to clean only the day folders that arrived since the last run (each raw read has a
 * transformation context).
 *
 * <p>Before writing, the curated rows are held to the table's declared rulesets
 * ({@code catalog-schemas/rulesets/airquality/}); a failed rule stops the job as
 * {@code --data_quality_stop_job_on_failure} says (default {@code Immediate}: nothing is written).
 */
public final class AirQualityCleanJob implements GlueJob {
  public static final String NAME = "air-quality-clean";

  public static void main(String[] args) {
    JobMain.run(NAME, new AirQualityCleanJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "measurements_table", "weather_table", "city",
        "curated_path", "curated_table");
    GlueSuiteContext glue = context.glue();
    String database = args.get("database");
    String predicate = args.getOrDefault("push_down_predicate", null);

    Dataset<Row> measurements = read(context, database, args.get("measurements_table"), predicate);
    Dataset<Row> weather = read(context, database, args.get("weather_table"), predicate);

    Dataset<Row> no2Daily = AirQualityCleaning.no2DailyMeans(measurements, args.get("city"));
    Dataset<Row> weatherDaily = AirQualityCleaning.weatherDaily(weather);
    // Kept in memory: the rulesets' checks and the write read it, the raw files are parsed once.
    Dataset<Row> curated = AirQualityCleaning.withDatePartitions(AirQualityCleaning.joinOnDate(no2Daily, weatherDaily))
        .persist();
    // The table's declared rulesets (catalog-schemas/rulesets) on the rows about to be written.
    DeclaredRulesets.evaluate(context, curated, database, args.get("curated_table"));

    SinkOptions sink = SinkOptions.of(args.get("curated_path"), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day")
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, args.get("curated_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    glue.getSinkWithFormat(sink).writeDataFrame(curated);
    curated.unpersist();
  }

  /**
   * Reads a raw table record by record: malformed lines become error records instead of failing the run (the
   * launcher counts them and writes them under {@code errors/<job>/<run id>/<database.table>/} in the workspace).
   */
  private static Dataset<Row> read(JobRunContext context, String database, String table, String predicate) {
    CatalogSource source = context.glue().getCatalogSource(database, table).transformationContext(table);
    if (predicate != null && !predicate.isBlank()) {
      source = source.pushDownPredicate(predicate);
    }
    GlueFrame read = source.getFrame();
    String qualified = database + "." + table;
    context.metrics().recordRead(qualified, read.count());
    // Values seen with several types (e.g. 41 and 41.5) are choices; take the types the catalog declares.
    TableSchema declared = TableSchema.of(context.glue().catalog().getTable(database, table));
    return read.resolveChoice("match_catalog", declared, TransformOptions.DEFAULT).toDF();
  }
}
