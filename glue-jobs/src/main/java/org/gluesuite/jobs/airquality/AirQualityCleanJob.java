package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.dq.profile.TableProfiler;
import org.gluesuite.dq.DeclaredRulesets;
import org.gluesuite.runtime.context.CatalogSource;
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
 * Cleans the raw air-quality tables into the curated daily table ({@link DailyFeatures#COLUMNS}, one row per station
 * and day), written as Parquet partitioned {@code year=/month=/day=} and registered in the catalog. Two sources:
 *
 * <ul>
 *   <li>{@code beijing-multisite}: hourly rows of the UCI Beijing files ({@code --hourly_table}, default
 *       {@code raw_beijing}); source columns {@code --source_columns role=COLUMN,…} over
 *       {@link BeijingSource#DEFAULT_COLUMNS}, missing-value markers {@code --missing_values} (default {@code NA}),
 *       stations {@code --stations} (a comma list; default every station). A row whose cells are not numbers,
 *       dates or compass points is left out and counted as an error record ({@code validate <table>}); so is a
 *       broken line (when read).</li>
 *   <li>{@code openaq-gsod}: the NO2 of one {@code --city} in {@code --measurements_table} and the GSOD weather of
 *       {@code --weather_table}, joined on the day; each GSOD column's sentinel overridable with
 *       {@code --missing_values COLUMN=VALUE,…} (defaults: 9999.9 for temperatures and pressures, 999.9 for
 *       visibility and wind, 99.99 for PRCP).</li>
 * </ul>
 *
 * <p>{@code --source_format} picks one; {@code auto} (the default) takes the one whose raw tables the crawler
 * made. Required: {@code --database}, {@code --curated_path}, {@code --curated_table}; optional
 * {@code --push_down_predicate} over the raw tables' partition keys (features that need the previous day are null
 * on the first day of such a window). Nothing is published unless the whole run succeeds.
 *
 * <p>Before writing, the curated rows are held to the table's declared rulesets
 * ({@code catalog-schemas/rulesets/airquality/}); a failed rule stops the job as
 * {@code --data_quality_stop_job_on_failure} says (default {@code Immediate}: nothing is written).
 *
 * <p>With {@code --profile_path FOLDER} the job also writes the insights profile of the rows it wrote
 * ({@code quality.json}, {@code quality.html}) there and names the page in its results, which the workflow run
 * report links.
 */
public final class AirQualityCleanJob implements GlueJob {
  public static final String NAME = "air-quality-clean";
  public static final String BEIJING = "beijing-multisite";
  public static final String OPENAQ_GSOD = "openaq-gsod";
  /** How many examples of rejected rows the run's results keep. */
  static final int EXAMPLES = 3;

  public static void main(String[] args) {
    JobMain.run(NAME, new AirQualityCleanJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "curated_path", "curated_table");
    String database = args.get("database");
    String predicate = args.getOrDefault("push_down_predicate", null);
    String format = format(context, args);
    context.metrics().put("source_format", format);
    Dataset<Row> daily = format.equals(BEIJING) ? beijing(context, args, predicate)
        : openaqGsod(context, args, predicate);
    // Kept in memory: the rulesets' checks and the write read it, the raw files are parsed once.
    Dataset<Row> curated = AirQualityCleaning.withDatePartitions(DailyFeatures.complete(daily)).persist();
    // The table's declared rulesets (catalog-schemas/rulesets) on the rows about to be written.
    DeclaredRulesets.evaluate(context, curated, database, args.get("curated_table"));

    SinkOptions sink = SinkOptions.of(args.get("curated_path"), StorageFormat.PARQUET)
        .withPartitionKeys("year", "month", "day")
        .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
        .withCatalogUpdate(database, args.get("curated_table"), UpdateBehavior.UPDATE_IN_DATABASE);
    context.glue().getSinkWithFormat(sink).writeDataFrame(curated);
    // the insights profile of the rows written, which the workflow run report links
    args.find("profile_path").ifPresent(folder -> context.metrics().put(ReportSection.PROFILE_RESULT_KEY,
        TableProfiler.profile(curated, database + "." + args.get("curated_table"), null)
            .writeTo(folder, context.spark().sparkContext().hadoopConfiguration())));
    curated.unpersist();
  }

  private static Dataset<Row> beijing(JobRunContext context, JobArguments args, String predicate) {
    BeijingSource source = BeijingSource.from(args);
    String table = args.getOrDefault("hourly_table", AirQualityJobs.BEIJING_TABLE);
    String qualified = args.get("database") + "." + table;
    Dataset<Row> checked = BeijingCleaning.validate(read(context, args.get("database"), table, predicate, true),
        source, qualified).cache();
    Dataset<Row> rejected = checked.where(col(BeijingCleaning.PROBLEM).isNotNull());
    long invalid = rejected.count();
    if (invalid > 0) {
      context.metrics().recordErrors("validate " + qualified, invalid);
      List<String> examples = new ArrayList<>();
      rejected.limit(EXAMPLES).collectAsList().forEach(r -> examples.add(BeijingCleaning.describe(r)));
      context.metrics().put("rejected_rows", String.join(" | ", examples));
      if (checked.where(col(BeijingCleaning.PROBLEM).isNull()).limit(1).count() == 0) {
        throw AirQualityErrors.noValidRows(qualified, invalid, examples.get(0));
      }
    }
    Dataset<Row> valid = BeijingCleaning.keepStations(checked.where(col(BeijingCleaning.PROBLEM).isNull()),
        source.stations(), qualified);
    return BeijingCleaning.daily(valid);
  }

  private static Dataset<Row> openaqGsod(JobRunContext context, JobArguments args, String predicate) {
    String database = args.get("database");
    String city = args.getOrDefault("city", AirQualityDataGenerator.DEFAULT_CITY);
    Dataset<Row> measurements = read(context, database, args.getOrDefault("measurements_table",
        AirQualityJobs.MEASUREMENTS_TABLE), predicate, false);
    Dataset<Row> weather = read(context, database, args.getOrDefault("weather_table", AirQualityJobs.WEATHER_TABLE),
        predicate, false);
    Map<String, Double> missing = sentinels(args);
    Dataset<Row> no2Daily = AirQualityCleaning.no2DailyMeans(measurements, city);
    Dataset<Row> weatherDaily = AirQualityCleaning.weatherDaily(weather, missing);
    return AirQualityCleaning.joinOnDate(no2Daily, weatherDaily).withColumn("station", lit(city));
  }

  /** GSOD's sentinels, each column's overridden by {@code --missing_values COLUMN=VALUE,…}. */
  static Map<String, Double> sentinels(JobArguments args) {
    Map<String, Double> sentinels = new LinkedHashMap<>(AirQualityDataGenerator.GSOD_SENTINELS);
    for (String pair : args.getOrDefault("missing_values", "").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      try {
        sentinels.put(kv[0].trim().toUpperCase(Locale.ROOT), Double.parseDouble(kv[1].trim()));
      } catch (RuntimeException e) {
        throw AirQualityErrors.invalidSetting("--missing_values", args.get("missing_values"), "for GSOD weather "
            + "give COLUMN=NUMBER pairs, e.g. TEMP=9999.9,PRCP=99.99");
      }
    }
    return sentinels;
  }

  /** {@code --source_format}, or for {@code auto} the source whose raw tables exist. */
  private static String format(JobRunContext context, JobArguments args) {
    String given = args.getOrDefault("source_format", "auto").trim();
    if (given.equals(BEIJING) || given.equals(OPENAQ_GSOD)) {
      return given;
    }
    if (!given.equals("auto")) {
      throw AirQualityErrors.invalidSetting("--source_format", given, "use " + BEIJING + ", " + OPENAQ_GSOD
          + " or auto");
    }
    String database = args.get("database");
    List<String> tables = context.glue().catalog().getTables(database).stream().map(t -> t.name()).toList();
    boolean beijing = tables.contains(args.getOrDefault("hourly_table", AirQualityJobs.BEIJING_TABLE));
    boolean openaq = tables.contains(args.getOrDefault("measurements_table", AirQualityJobs.MEASUREMENTS_TABLE));
    if (beijing == openaq) {
      throw AirQualityErrors.invalidSetting("--source_format", "auto", beijing
          ? "database " + database + " has raw tables of both sources; pass " + BEIJING + " or " + OPENAQ_GSOD
          : "database " + database + " has no raw table of either source (tables: " + tables + "); crawl the raw "
              + "folders first, or name the tables with --hourly_table or --measurements_table/--weather_table");
    }
    return beijing ? BEIJING : OPENAQ_GSOD;
  }

  /**
   * Reads a raw table record by record: malformed lines become error records instead of failing the run (the
   * launcher counts them and writes them under {@code errors/<job>/<run id>/<database.table>/} in the workspace).
   * {@code asText} keeps every column as the text written (cast:string), so the job can tell a missing-value
   * marker from a value that is not a number, which a cast to the crawler's type would make null alike;
   * otherwise choices take the types the catalog declares.
   */
  private static Dataset<Row> read(JobRunContext context, String database, String table, String predicate,
      boolean asText) {
    CatalogSource source = context.glue().getCatalogSource(database, table).transformationContext(table);
    if (predicate != null && !predicate.isBlank()) {
      source = source.pushDownPredicate(predicate);
    }
    GlueFrame read = source.getFrame();
    context.metrics().recordRead(database + "." + table, read.count());
    TableSchema declared = TableSchema.of(context.glue().catalog().getTable(database, table));
    if (asText) {
      List<ResolveChoiceSpec> text = declared.columns().stream()
          .map(c -> ResolveChoiceSpec.of(quoted(c.name()), "cast:string")).toList();
      return read.resolveChoice(text).toDF();
    }
    // Values seen with several types (e.g. 41 and 41.5) are choices; take the types the catalog declares.
    return read.resolveChoice("match_catalog", declared, TransformOptions.DEFAULT).toDF();
  }

  /** A column name as one path element: the UCI header's {@code PM2.5} would otherwise be a nested path. */
  private static String quoted(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
