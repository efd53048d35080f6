package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.cos;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.radians;
import static org.apache.spark.sql.functions.sin;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Hourly Beijing-style rows (UCI multi-site format) to the curated daily rows, per station. Pure DataFrame
 * functions. Hours are local wall-clock hours as written: no time zone conversion anywhere, so the session's time
 * zone cannot move a day.
 *
 * <p>Cells are read as text: a cell that is one of the missing-value markers is null; any other cell of a numeric
 * column must be a number, the date columns must form a real date and hour (0–23), and a wind direction must be one
 * of the 16 compass points. A row that breaks any of these is not used; {@link #validate} says why, per row.
 */
public final class BeijingCleaning {
  /** The 16 compass points, clockwise from north: the direction the wind comes FROM. */
  static final List<String> COMPASS = List.of("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW",
      "WSW", "W", "WNW", "NW", "NNW");
  private static final List<String> NUMBERS = List.of("no2", "temperature", "pressure", "dew_point", "rain",
      "wind_speed");
  /** The column holding why a row was rejected (null for a valid row). */
  public static final String PROBLEM = "problem";

  private BeijingCleaning() {
  }

  /**
   * The source rows typed by role ({@code year, month, day, hour, no2, temperature, …, station}) plus
   * {@code date} and {@value #PROBLEM}: null when the row is valid, else every problem found, e.g.
   * {@code "column TEMP: 'abc' is not a number or a missing-value marker [NA]"}.
   */
  public static Dataset<Row> validate(Dataset<Row> hourly, BeijingSource source, String table) {
    AirQualityCleaning.requireColumns(hourly, table, source.requiredColumns(), "--source_columns role=COLUMN "
        + "(roles " + BeijingSource.DEFAULT_COLUMNS.keySet() + ")");
    Map<String, Column> typed = new LinkedHashMap<>();
    List<Column> problems = new ArrayList<>();
    Column missing = lit(source.missingValues().toArray(new String[0]));
    for (String role : BeijingSource.DEFAULT_COLUMNS.keySet()) {
      String name = source.column(role);
      Column text = trim(col(name).cast("string"));
      Column cell = when(text.isNull().or(text.equalTo("")).or(array_contains(missing, text)),
          lit(null).cast("string")).otherwise(text);
      if (role.equals("station")) {
        typed.put(role, cell);
        problems.add(when(cell.isNull(), lit("column " + name + ": the station is missing")));
      } else if (role.equals("wind_direction")) {
        typed.put(role, cell);
        problems.add(when(cell.isNotNull().and(array_position(lit(COMPASS.toArray(new String[0])), cell)
            .equalTo(0)), concat(lit("column " + name + ": '"), cell, lit("' is not one of the 16 compass points "
            + COMPASS))));
      } else {
        boolean whole = List.of("year", "month", "day", "hour").contains(role);
        Column number = whole ? cell.cast(DataTypes.IntegerType) : cell.cast(DataTypes.DoubleType);
        typed.put(role, number);
        problems.add(when(cell.isNotNull().and(number.isNull()), concat(lit("column " + name + ": '"), cell,
            lit("' is not " + (whole ? "a whole number" : "a number") + " or a missing-value marker "
                + source.missingValues()))));
        if (whole) {
          problems.add(when(cell.isNull(), lit("column " + name + ": the " + role + " is missing")));
        }
      }
    }
    Column date = make_date(typed.get("year"), typed.get("month"), typed.get("day"));
    problems.add(when(typed.get("year").isNotNull().and(typed.get("month").isNotNull())
        .and(typed.get("day").isNotNull()).and(date.isNull()), concat(lit("columns " + source.column("year") + "/"
        + source.column("month") + "/" + source.column("day") + ": "), concat_ws("-", typed.get("year"),
        typed.get("month"), typed.get("day")), lit(" is not a date"))));
    problems.add(when(typed.get("hour").lt(0).or(typed.get("hour").gt(23)), concat(lit("column "
        + source.column("hour") + ": hour "), typed.get("hour").cast("string"), lit(" is not between 0 and 23"))));
    Column problem = concat_ws("; ", problems.toArray(new Column[0]));
    List<Column> out = new ArrayList<>();
    typed.forEach((role, c) -> out.add(c.as(role)));
    out.add(date.as("date"));
    out.add(when(problem.equalTo(""), lit(null).cast("string")).otherwise(problem).as(PROBLEM));
    return hourly.select(out.toArray(new Column[0]));
  }

  /**
   * The valid rows of {@link #validate}'s output aggregated per station and day into the daily weather and NO2
   * columns (not yet {@link DailyFeatures#complete}d). {@code no2_hours} counts the hours with an NO2 value.
   */
  public static Dataset<Row> daily(Dataset<Row> validRows) {
    Column theta = radians(array_position(lit(COMPASS.toArray(new String[0])), col("wind_direction"))
        .minus(1).multiply(22.5));
    Column direction = when(col("wind_direction").isNotNull(), theta);
    Column night = col("hour").lt(6).or(col("hour").geq(20));
    Column depression = col("temperature").minus(col("dew_point"));
    Column known = col("wind_direction").isNotNull();
    return validRows.groupBy(col("station"), col("date")).agg(
        avg("no2").as("no2_mean"),
        count("no2").as("no2_hours"),
        lit(1L).as("stations"),
        avg("temperature").as("temp_mean"),
        max("temperature").as("temp_max"),
        min("temperature").as("temp_min"),
        max("temperature").minus(min("temperature")).as("temp_range"),
        avg("dew_point").as("dew_point"),
        min("dew_point").as("dew_point_min"),
        avg(depression).as("dew_point_depression"),
        min(depression).as("dew_point_depression_min"),
        avg(when(night, depression)).as("night_dew_point_depression"),
        avg("pressure").as("pressure"),
        max("pressure").minus(min("pressure")).as("pressure_range"),
        sum("rain").as("precipitation_mm"),
        count(when(col("rain").gt(0), 1)).cast(DataTypes.DoubleType).as("rain_hours"),
        avg("wind_speed").as("wind_speed"),
        max("wind_speed").as("wind_max"),
        min("wind_speed").as("wind_min"),
        expr("percentile_approx(wind_speed, 0.5)").as("wind_median"),
        avg(col("wind_speed").multiply(sin(direction))).as("wind_u"),
        avg(col("wind_speed").multiply(cos(direction))).as("wind_v"),
        avg(when(known, when(col("wind_direction").isin("N", "NNW", "NW", "WNW", "NNE"), 1.0).otherwise(0.0)))
            .as("north_share"),
        avg(when(known, when(col("wind_direction").isin("S", "SSW", "SW", "SSE", "SE"), 1.0).otherwise(0.0)))
            .as("south_share"),
        avg(when(col("wind_speed").isNotNull(), when(col("wind_speed").leq(1.0), 1.0).otherwise(0.0)))
            .as("calm_share"),
        avg(when(night, col("wind_speed"))).as("night_wind_speed"),
        avg(when(col("hour").between(10, 17), col("wind_speed"))).as("day_wind_speed"),
        avg(when(night, col("wind_speed").multiply(cos(direction)))).as("night_wind_v"),
        avg(when(col("hour").between(13, 16), col("temperature")))
            .minus(avg(when(col("hour").between(4, 7), col("temperature")))).as("diurnal_warming"));
  }

  /** Keeps {@code stations} (all when empty); a station the rows do not have is an error listing those they have. */
  public static Dataset<Row> keepStations(Dataset<Row> rows, List<String> stations, String table) {
    if (stations.isEmpty()) {
      return rows;
    }
    List<String> found = new ArrayList<>();
    for (Row r : rows.select("station").where(col("station").isNotNull()).distinct().collectAsList()) {
      found.add(r.getString(0));
    }
    List<String> absent = stations.stream().filter(s -> !found.contains(s)).toList();
    if (!absent.isEmpty()) {
      throw AirQualityErrors.stationsNotFound(absent, found, table);
    }
    return rows.where(col("station").isin(stations.toArray()));
  }

  static String describe(Row example) {
    return String.format(Locale.ROOT, "%s %s hour %s: %s", example.getAs("station"), example.getAs("date"),
        example.getAs("hour"), example.getAs(PROBLEM));
  }

  private static Column array_contains(Column array, Column value) {
    return org.apache.spark.sql.functions.array_contains(array, value);
  }
}
