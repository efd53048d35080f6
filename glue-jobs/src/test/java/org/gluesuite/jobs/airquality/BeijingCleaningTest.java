package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** Hourly Beijing rows read as text (as the clean job reads the crawled table): validation and daily features. */
class BeijingCleaningTest {
  private static final double EPS = 1e-9;
  private final SparkSession spark = TestSpark.session();

  private static String line(int day, int hour, String no2, String temp, String wd, String wspm, String station) {
    return String.join(",", "1", "2013", "3", String.valueOf(day), String.valueOf(hour), "9", "9", "3", no2, "300",
        "89", temp, "1020", "-10", "0", wd, wspm, station);
  }

  private Dataset<Row> hourly(List<String> lines) {
    List<String> all = new ArrayList<>();
    all.add(String.join(",", BeijingFiles.HEADER));
    all.addAll(lines);
    return spark.read().option("header", "true").csv(spark.createDataset(all, Encoders.STRING()));
  }

  @Test
  void validate_namesEveryProblemOfARow_andKeepsMissingMarkersAsNull() {
    Dataset<Row> checked = BeijingCleaning.validate(hourly(List.of(
        line(1, 0, "NA", "2.0", "N", "1.0", "Dongsi"),
        line(1, 1, "abc", "2.0", "XX", "1.0", "Dongsi"),
        line(32, 24, "10", "2.0", "N", "1.0", "Dongsi"),
        line(1, 2, "10", "2.0", "N", "1.0", "NA"))), BeijingSource.defaults(), "raw.beijing");

    List<Row> rows = checked.collectAsList();
    assertThat(rows.get(0).<String>getAs(BeijingCleaning.PROBLEM)).isNull();
    assertThat(rows.get(0).<Double>getAs("no2")).isNull();
    assertThat(rows.get(1).<String>getAs(BeijingCleaning.PROBLEM)).isEqualTo(
        "column NO2: 'abc' is not a number or a missing-value marker [NA]; column wd: 'XX' is not one of the 16 "
            + "compass points " + BeijingCleaning.COMPASS);
    assertThat(rows.get(2).<String>getAs(BeijingCleaning.PROBLEM)).isEqualTo(
        "columns year/month/day: 2013-3-32 is not a date; column hour: hour 24 is not between 0 and 23");
    assertThat(rows.get(3).<String>getAs(BeijingCleaning.PROBLEM)).isEqualTo("column station: the station is missing");
  }

  @Test
  void validate_whenTheSourceNamesColumnsDifferently_readsThemByRole() {
    Dataset<Row> renamed = hourly(List.of(line(1, 0, "10", "2.0", "N", "1.0", "Dongsi")))
        .withColumnRenamed("NO2", "no2_ugm3");
    BeijingSource source = BeijingSource.from(JobArgumentParser.parse(new String[] {"--source_columns",
        "no2=no2_ugm3", "--missing_values", "NA,-999"}));

    Row row = BeijingCleaning.validate(renamed, source, "raw.beijing").first();

    assertThat(row.<Double>getAs("no2")).isEqualTo(10.0);
    assertThatThrownBy(() -> BeijingCleaning.validate(renamed, BeijingSource.defaults(), "raw.beijing"))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("Table raw.beijing lacks column(s) [NO2]")
        .hasMessageContaining("--source_columns role=COLUMN");
  }

  @Test
  void daily_aggregatesTheHoursOfEachStationAndDay_withWindFromItsDirection() {
    Dataset<Row> checked = BeijingCleaning.validate(hourly(List.of(
        line(1, 0, "10", "1.0", "N", "2.0", "Dongsi"),
        line(1, 1, "20", "3.0", "E", "4.0", "Dongsi"),
        line(1, 2, "NA", "5.0", "NA", "0.5", "Dongsi"),
        line(1, 0, "40", "0.0", "S", "1.0", "Aotizhongxin"))), BeijingSource.defaults(), "raw.beijing");

    Row dongsi = BeijingCleaning.daily(checked).where("station = 'Dongsi'").first();

    assertThat(dongsi.<Double>getAs("no2_mean")).isCloseTo(15.0, within(EPS));
    assertThat(dongsi.<Long>getAs("no2_hours")).isEqualTo(2L);
    assertThat(dongsi.<Double>getAs("temp_max")).isCloseTo(5.0, within(EPS));
    assertThat(dongsi.<Double>getAs("temp_range")).isCloseTo(4.0, within(EPS));
    // speed-weighted: from the north +v, from the east +u; the hour without a direction is left out of the mean
    assertThat(dongsi.<Double>getAs("wind_v")).isCloseTo(2.0 / 2, within(EPS));
    assertThat(dongsi.<Double>getAs("wind_u")).isCloseTo(4.0 / 2, within(EPS));
    assertThat(dongsi.<Double>getAs("north_share")).isCloseTo(0.5, within(EPS));
    assertThat(dongsi.<Double>getAs("calm_share")).isCloseTo(1.0 / 3, within(EPS));
  }

  @Test
  void keepStations_whenAStationIsNotInTheData_namesItAndTheStationsFound() {
    Dataset<Row> checked = BeijingCleaning.validate(hourly(List.of(line(1, 0, "10", "1.0", "N", "2.0", "Dongsi"))),
        BeijingSource.defaults(), "raw.beijing");

    assertThat(BeijingCleaning.keepStations(checked, List.of("Dongsi"), "raw.beijing").count()).isEqualTo(1);
    assertThatThrownBy(() -> BeijingCleaning.keepStations(checked, List.of("Dongsi", "Tiantan"), "raw.beijing"))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("Station(s) [Tiantan] not found in raw.beijing")
        .hasMessageContaining("Stations found: [Dongsi]")
        .hasMessageContaining("--stations");
  }
}
