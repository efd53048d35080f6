package org.gluesuite.jobs.airquality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link AirQualityDataGenerator#generate} wrote, with exact counts of every planted defect, so tests
 * and pipelines can assert on them.
 *
 * @param city the target city (the one with several NO2 locations and weather stations)
 * @param cities every city present in the measurements, sorted
 * @param start the first generated UTC day
 * @param days the number of generated days
 * @param seed the seed the data derive from
 * @param openaqFiles gzipped JSON-lines files written under {@code raw/openaq/yyyy/mm/dd/}
 * @param gsodFiles CSV files written under {@code raw/gsod/yyyy/mm/dd/}
 * @param measurementLines every line written to the measurement files, including duplicates and
 *     malformed lines
 * @param duplicateLines extra, byte-identical copies of a valid line of the same file
 * @param malformedLines truncated (unparseable) JSON lines; each replaces the reading it was cut from
 * @param missingHours (location, parameter, hour) slots for which no line was written at all
 * @param cityNo2Readings distinct valid NO2 readings (location + hour) of the target city: what a correct
 *     cleaning step finds, i.e. the sum of {@code no2_hours} over all days
 * @param cityNo2Duplicates how many of {@code duplicateLines} are target-city NO2 lines
 * @param cityNo2Malformed how many of {@code malformedLines} were target-city NO2 readings
 * @param gsodRows data rows written to the GSOD files (one per station and day)
 * @param stations the weather station ids, sorted
 * @param sentinels per GSOD column, every missing-value sentinel written (planted ones plus the
 *     structural ones: GUST on calm days, SNDP on days without snow)
 * @param plantedSentinels per GSOD column, the sentinels planted at random in place of a real value
 */
public record GenerationSummary(
    String city,
    List<String> cities,
    LocalDate start,
    int days,
    long seed,
    int openaqFiles,
    int gsodFiles,
    long measurementLines,
    long duplicateLines,
    long malformedLines,
    long missingHours,
    long cityNo2Readings,
    long cityNo2Duplicates,
    long cityNo2Malformed,
    long gsodRows,
    List<String> stations,
    SortedMap<String, Integer> sentinels,
    SortedMap<String, Integer> plantedSentinels) {

  public GenerationSummary {
    cities = List.copyOf(cities);
    stations = List.copyOf(stations);
    sentinels = Collections.unmodifiableSortedMap(new TreeMap<>(sentinels));
    plantedSentinels = Collections.unmodifiableSortedMap(new TreeMap<>(plantedSentinels));
  }

  /** The total number of sentinels written, over all columns. */
  public int totalSentinels() {
    return sentinels.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The total number of sentinels planted at random, over all columns. */
  public int totalPlantedSentinels() {
    return plantedSentinels.values().stream().mapToInt(Integer::intValue).sum();
  }

  static SortedMap<String, Integer> counts(Map<String, int[]> counters) {
    SortedMap<String, Integer> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
