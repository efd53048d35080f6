package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The air-quality pipeline's cleaning steps: pure DataFrame-to-DataFrame functions, usable from a Glue
 * job, a notebook or a test. Inputs are what a plain Spark read of the raw files gives (JSON lines for the
 * measurements, CSV with a header for GSOD); numeric inputs may be typed or strings (they are trimmed and
 * cast). Required columns are checked before any Spark job runs; column names match case-insensitively,
 * as Spark resolves them by default.
 */
public final class AirQualityCleaning {
  /** The parameter name of nitrogen dioxide in OpenAQ data. */
  public static final String NO2 = "no2";
  /** The NO2 unit kept by {@link #no2DailyMeans}; readings in other units (e.g. ppm) are left out. */
  public static final String NO2_UNIT = AirQualityDataGenerator.UNIT_UG_M3;

  static final double KNOT_IN_M_S = 1852.0 / 3600.0;
  static final double MILE_IN_KM = 1.609344;
  static final double INCH_IN_MM = 25.4;

  private static final List<String> MEASUREMENT_COLUMNS =
      List.of("location", "city", "parameter", "value", "unit", "date");
  private static final List<String> GSOD_COLUMNS =
      List.of("DATE", "TEMP", "DEWP", "SLP", "STP", "VISIB", "WDSP", "MXSPD", "MAX", "MIN", "PRCP");

  private AirQualityCleaning() {
  }

  /**
   * One city's NO2 as daily means.
   *
   * <p>Keeps rows with {@code city} equal to {@code city} (exact), {@code parameter = 'no2'},
   * {@code unit = 'µg/m³'} and a non-null, non-negative {@code value}. Rows sharing a location and
   * {@code date.utc} are one reading (exact duplicates collapse; if conflicting values share a key their
   * mean is the reading). Readings are averaged per UTC day, all locations together. Malformed lines
   * (Spark's {@code _corrupt_record} rows, whose fields are null) never match the city and drop out.
   *
   * <p>This runs one small Spark job up front to check that the city occurs at all.
   *
   * @param measurements OpenAQ measurements: {@code location, city, parameter, value} (numeric or
   *     string), {@code unit}, and {@code date} a struct whose {@code utc} is an ISO-8601 string ending in
   *     {@code Z} (as read from JSON) or a timestamp
   * @return columns {@code date} (date, the UTC day), {@code no2_mean} (double, µg/m³) and
   *     {@code no2_hours} (long, the readings averaged, over all locations)
   * @throws AirQualityException if a column is missing or no row has the city
   */
  public static Dataset<Row> no2DailyMeans(Dataset<Row> measurements, String city) {
    requireColumns(measurements, "measurements", MEASUREMENT_COLUMNS);
    Column utcDay = utcDay(measurements);
    if (measurements.filter(col("city").equalTo(lit(city))).limit(1).count() == 0) {
      List<String> found = new ArrayList<>();
      for (Row r : measurements.select("city").where(col("city").isNotNull()).distinct().collectAsList()) {
        found.add(String.valueOf(r.get(0)));
      }
      throw AirQualityErrors.cityNotFound(city, found);
    }
    Column value = trim(col("value").cast("string")).cast("double");
    Dataset<Row> readings = measurements
        .where(col("city").equalTo(lit(city))
            .and(col("parameter").equalTo(lit(NO2)))
            .and(col("unit").equalTo(lit(NO2_UNIT))))
        .select(col("location"), col("date.utc").as("utc"), utcDay.as("date"), value.as("value"))
        .where(col("value").isNotNull().and(col("value").geq(0)).and(col("date").isNotNull()))
        .groupBy("location", "utc", "date")
        .agg(avg("value").as("value"));
    return readings.groupBy("date")
        .agg(avg("value").as("no2_mean"), count(lit(1)).as("no2_hours"))
        .select("date", "no2_mean", "no2_hours");
  }

  /**
   * GSOD daily summaries averaged per day over all stations in the input, with GSOD's missing-value sentinels
   * ({@link #GSOD_SENTINEL_TEXTS}) turned into nulls first so they never enter a mean. A day's mean covers the
   * stations that reported the field; a field no station reported is null. Filter the input to the stations wanted
   * before calling.
   *
   * <p>Units: temperatures °F to °C, wind knots to m/s, precipitation inches to mm; pressure (sea level) in hPa.
   *
   * @param gsod GSOD rows: {@code DATE} (a {@code yyyy-MM-dd} string or a date) and the numeric columns
   *     above, typed or as (possibly space-padded) strings
   * @return columns {@code date} (date), {@code temp_mean, temp_max, temp_min, temp_range, dew_point,
   *     dew_point_depression} (°C), {@code wind_speed, wind_max} (m/s, mean and maximum sustained),
   *     {@code pressure} (sea level, hPa), {@code precipitation_mm} (all double) and {@code stations} (long, the
   *     station rows of the day): the names of {@link DailyFeatures#COLUMNS}
   */
  public static Dataset<Row> weatherDaily(Dataset<Row> gsod) {
    return weatherDaily(gsod, AirQualityDataGenerator.GSOD_SENTINELS);
  }

  /**
   * As {@link #weatherDaily(Dataset)}, with each column's missing-value sentinel given ({@code --missing_values
   * COLUMN=VALUE,…} of the clean job; a column not named has none).
   */
  public static Dataset<Row> weatherDaily(Dataset<Row> gsod, Map<String, Double> missingValues) {
    requireColumns(gsod, "GSOD weather", GSOD_COLUMNS);
    Column day = to_date(trim(col("DATE").cast("string")));
    return gsod
        .select(
            day.as("date"),
            fahrenheitToCelsius(gsodValue("TEMP", missingValues)).as("temp_mean"),
            fahrenheitToCelsius(gsodValue("MAX", missingValues)).as("temp_max"),
            fahrenheitToCelsius(gsodValue("MIN", missingValues)).as("temp_min"),
            fahrenheitToCelsius(gsodValue("DEWP", missingValues)).as("dew_point"),
            gsodValue("WDSP", missingValues).multiply(KNOT_IN_M_S).as("wind_speed"),
            gsodValue("MXSPD", missingValues).multiply(KNOT_IN_M_S).as("wind_max"),
            gsodValue("SLP", missingValues).as("pressure"),
            gsodValue("PRCP", missingValues).multiply(INCH_IN_MM).as("precipitation_mm"))
        .where(col("date").isNotNull())
        .groupBy("date")
        .agg(
            avg("temp_mean").as("temp_mean"),
            avg("temp_max").as("temp_max"),
            avg("temp_min").as("temp_min"),
            avg(col("temp_max").minus(col("temp_min"))).as("temp_range"),
            avg("dew_point").as("dew_point"),
            avg(col("temp_mean").minus(col("dew_point"))).as("dew_point_depression"),
            avg("wind_speed").as("wind_speed"),
            avg("wind_max").as("wind_max"),
            avg("pressure").as("pressure"),
            avg("precipitation_mm").as("precipitation_mm"),
            count(lit(1)).as("stations"));
  }

  /**
   * A GSOD column as a double, null where it holds the column's missing-value sentinel. Trims strings
   * first, so {@code " 9999.9"} is recognised.
   */
  public static Column gsodValue(String column) {
    return gsodValue(column, AirQualityDataGenerator.GSOD_SENTINELS);
  }

  /**
   * A GSOD column as a double (strings are trimmed first, so {@code " 9999.9"} counts), null where it equals the
   * column's sentinel in {@code sentinels} (keys upper case) or is not a number.
   */
  public static Column gsodValue(String column, Map<String, Double> sentinels) {
    Column number = trim(col(column).cast("string")).cast("double");
    Double sentinel = sentinels.get(column.toUpperCase(Locale.ROOT));
    return sentinel == null ? number
        : when(number.equalTo(lit(sentinel)), lit(null).cast("double")).otherwise(number);
  }

  /**
   * Inner join of the daily NO2 means and the daily weather on {@code date}; one {@code date} column in
   * the result, followed by the other columns of each side.
   */
  public static Dataset<Row> joinOnDate(Dataset<Row> no2Daily, Dataset<Row> weatherDaily) {
    requireColumns(no2Daily, "NO2 daily", List.of("date"));
    requireColumns(weatherDaily, "weather daily", List.of("date"));
    return no2Daily.join(weatherDaily, "date");
  }

  /**
   * Adds string partition columns {@code year} ({@code 2024}), {@code month} ({@code 01}) and {@code day}
   * ({@code 05}) taken from the {@code date} column (a date, or a {@code yyyy-MM-dd} string), replacing
   * columns of those names.
   */
  public static Dataset<Row> withDatePartitions(Dataset<Row> df) {
    requireColumns(df, "input", List.of("date"));
    Column d = to_date(col("date").cast("string"));
    return df
        .withColumn("year", lpad(year(d).cast("string"), 4, "0"))
        .withColumn("month", lpad(month(d).cast("string"), 2, "0"))
        .withColumn("day", lpad(dayofmonth(d).cast("string"), 2, "0"));
  }

  // ---------------------------------------------------------------------------------------------

  /** The UTC day of {@code date.utc}: the first ten characters of the ISO string, or the instant's day. */
  private static Column utcDay(Dataset<Row> measurements) {
    DataType dateType = measurements.schema().apply(fieldIndex(measurements.schema(), "date")).dataType();
    if (!(dateType instanceof StructType) || fieldIndex((StructType) dateType, "utc") < 0) {
      throw AirQualityErrors.missingColumns("measurements", List.of("date.utc"),
          describe(measurements.schema()));
    }
    StructType date = (StructType) dateType;
    DataType utcType = date.fields()[fieldIndex(date, "utc")].dataType();
    if (utcType.equals(DataTypes.StringType)) {
      return to_date(substring(col("date.utc"), 1, 10));
    }
    if (utcType.equals(DataTypes.TimestampType) || utcType.equals(DataTypes.TimestampNTZType)) {
      return expr(
          "date_from_unix_date(CAST(floor(unix_seconds(CAST(date.utc AS TIMESTAMP)) / 86400) AS INT))");
    }
    throw AirQualityErrors.unsupportedColumnType("measurements", "date.utc", utcType.simpleString(),
        "string");
  }

  private static Column fahrenheitToCelsius(Column f) {
    return f.minus(32.0).multiply(5.0 / 9.0);
  }

  static void requireColumns(Dataset<Row> df, String what, List<String> required) {
    requireColumns(df, what, required, null);
  }

  /** As above; {@code argument} names the job argument that maps source columns, for the message. */
  static void requireColumns(Dataset<Row> df, String what, List<String> required, String argument) {
    StructType schema = df.schema();
    List<String> missing = new ArrayList<>();
    for (String c : required) {
      if (fieldIndex(schema, c) < 0) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw argument == null ? AirQualityErrors.missingColumns(what, missing, describe(schema))
          : AirQualityErrors.missingSourceColumns(what, missing, describe(schema), argument);
    }
  }

  private static List<String> describe(StructType schema) {
    List<String> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      out.add(f.name() + ":" + f.dataType().simpleString());
    }
    return out;
  }

  private static int fieldIndex(StructType schema, String name) {
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  static List<String> columns(Dataset<Row> df) {
    return Arrays.asList(df.columns());
  }
}
