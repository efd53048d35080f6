package org.gluesuite.jobs.airquality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.args.JobArguments;

/**
 * How the clean job reads hourly Beijing-style rows, parsed once from its arguments: which source column holds
 * each quantity ({@code --source_columns role=COLUMN,…}, over {@link #DEFAULT_COLUMNS}), which cell texts mean
 * "missing" ({@code --missing_values}, default {@code NA}) and which stations to keep ({@code --stations}, a comma
 * list; empty or absent keeps every station in the input).
 *
 * @param columns the source column of each role of {@link #DEFAULT_COLUMNS}; names match case-insensitively
 * @param missingValues cell texts (trimmed) that stand for a missing value
 * @param stations the stations to keep; empty keeps all
 */
public record BeijingSource(Map<String, String> columns, List<String> missingValues, List<String> stations) {
  /** Role → the UCI file's column. Hours are local wall-clock hours (Beijing time), as written. */
  public static final Map<String, String> DEFAULT_COLUMNS = defaultColumns();

  public BeijingSource {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    missingValues = List.copyOf(missingValues);
    stations = List.copyOf(stations);
  }

  public static BeijingSource defaults() {
    return new BeijingSource(DEFAULT_COLUMNS, List.of("NA"), List.of());
  }

  /** From the job's {@code --source_columns}, {@code --missing_values} and {@code --stations}. */
  public static BeijingSource from(JobArguments args) {
    Map<String, String> columns = new LinkedHashMap<>(DEFAULT_COLUMNS);
    for (String pair : list(args.getOrDefault("source_columns", ""))) {
      int eq = pair.indexOf('=');
      String role = eq < 0 ? pair : pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (eq < 0 || !DEFAULT_COLUMNS.containsKey(role) || pair.substring(eq + 1).isBlank()) {
        throw AirQualityErrors.invalidSetting("--source_columns", args.get("source_columns"), "each entry is "
            + "role=COLUMN with a role of " + DEFAULT_COLUMNS.keySet() + ", e.g. no2=NO2,temperature=TEMP");
      }
      columns.put(role, pair.substring(eq + 1).trim());
    }
    List<String> missing = list(args.getOrDefault("missing_values", "NA"));
    return new BeijingSource(columns, missing, list(args.getOrDefault("stations", "")));
  }

  public String column(String role) {
    return columns.get(role);
  }

  public String stationColumn() {
    return columns.get("station");
  }

  /** Every source column the clean job reads. */
  public List<String> requiredColumns() {
    return List.copyOf(columns.values());
  }

  private static List<String> list(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static Map<String, String> defaultColumns() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("year", "year");
    m.put("month", "month");
    m.put("day", "day");
    m.put("hour", "hour");
    m.put("no2", "NO2");
    m.put("temperature", "TEMP");
    m.put("pressure", "PRES");
    m.put("dew_point", "DEWP");
    m.put("rain", "RAIN");
    m.put("wind_direction", "wd");
    m.put("wind_speed", "WSPM");
    m.put("station", "station");
    return java.util.Collections.unmodifiableMap(m);
  }
}
