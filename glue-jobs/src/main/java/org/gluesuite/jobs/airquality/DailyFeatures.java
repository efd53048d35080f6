package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.cos;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.dayofyear;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sin;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The curated daily table {@code no2_weather_daily}: one row per station (or city) and day, whatever the source.
 * Its columns, in order, are {@link #COLUMNS}; a source that cannot give a column (GSOD has no hourly wind
 * direction) leaves it null. Weather features follow the modelling research (issue 13): the day's temperature, dew
 * point, pressure, rain and wind, the wind's direction as a speed-weighted vector and the shares of hours from the
 * north, the south and calm, night and day wind, a stability proxy, changes from the previous day and the calendar.
 */
public final class DailyFeatures {
  /** The weather and calendar features, in the table's order: what the model may use (no pollutant, no lag). */
  public static final List<String> WEATHER = List.of(
      "temp_mean", "temp_max", "temp_min", "temp_range", "dew_point", "dew_point_min", "dew_point_depression",
      "dew_point_depression_min", "night_dew_point_depression", "pressure", "pressure_range", "pressure_change",
      "temp_change", "dew_point_change", "precipitation_mm", "rain_hours", "wind_speed", "wind_max", "wind_min",
      "wind_median", "wind_u", "wind_v", "north_share", "south_share", "calm_share", "night_wind_speed",
      "day_wind_speed", "night_wind_v", "diurnal_warming", "day_of_week", "weekend", "month_of_year", "doy_sin",
      "doy_cos");
  /** The previous calendar day's NO2 mean at the same station (null when that day is missing): the lag variant. */
  public static final String NO2_LAG = "no2_previous_day";
  /** The reference model's features: max/min temperature, mean wind speed and mean pressure. */
  public static final List<String> REFERENCE = List.of("temp_max", "temp_min", "wind_speed", "pressure");

  /** Every column of the curated table (before the partition columns year, month, day), with its type. */
  public static final Map<String, DataType> COLUMNS = columns();

  private DailyFeatures() {
  }

  /**
   * Adds the features that need the day's neighbours or its date: changes from the previous calendar day of the
   * same station ({@code pressure_change, temp_change, dew_point_change}; null after a gap), the NO2 lag and the
   * calendar, then selects {@link #COLUMNS} in order (a column the input lacks is null).
   *
   * @param daily one row per {@code station} and {@code date} with the day's aggregates
   */
  public static Dataset<Row> complete(Dataset<Row> daily) {
    WindowSpec w = Window.partitionBy("station").orderBy("date");
    Column follows = datediff(col("date"), lag(col("date"), 1).over(w)).equalTo(1);
    Dataset<Row> d = daily
        .withColumn("pressure_change", change("pressure", w, follows))
        .withColumn("temp_change", change("temp_mean", w, follows))
        .withColumn("dew_point_change", change("dew_point", w, follows))
        .withColumn(NO2_LAG, when(follows, lag(col("no2_mean"), 1).over(w)))
        .withColumn("day_of_week", dayofweek(col("date")).cast(DataTypes.DoubleType))
        .withColumn("weekend", when(dayofweek(col("date")).isin(1, 7), 1.0).otherwise(0.0))
        .withColumn("month_of_year", month(col("date")).cast(DataTypes.DoubleType))
        .withColumn("doy_sin", sin(dayofyear(col("date")).multiply(2 * Math.PI / 365.25)))
        .withColumn("doy_cos", cos(dayofyear(col("date")).multiply(2 * Math.PI / 365.25)));
    List<String> present = List.of(d.columns());
    List<Column> out = new ArrayList<>();
    COLUMNS.forEach((name, type) -> out.add(present.contains(name) ? col(name).cast(type).as(name)
        : lit(null).cast(type).as(name)));
    return d.select(out.toArray(new Column[0]));
  }

  private static Column change(String column, WindowSpec w, Column follows) {
    return when(follows, col(column).minus(lag(col(column), 1).over(w)));
  }

  private static Map<String, DataType> columns() {
    Map<String, DataType> m = new LinkedHashMap<>();
    m.put("date", DataTypes.DateType);
    m.put("station", DataTypes.StringType);
    m.put("no2_mean", DataTypes.DoubleType);
    m.put("no2_hours", DataTypes.LongType);
    m.put("stations", DataTypes.LongType);
    for (String f : WEATHER) {
      m.put(f, DataTypes.DoubleType);
    }
    m.put(NO2_LAG, DataTypes.DoubleType);
    return java.util.Collections.unmodifiableMap(m);
  }
}
