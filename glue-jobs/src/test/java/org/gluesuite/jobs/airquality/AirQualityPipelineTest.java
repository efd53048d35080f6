package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generator, plain Spark reads, cleaning and training together on a small generated span. */
class AirQualityPipelineTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static GenerationSummary summary;
  private static Dataset<Row> no2;
  private static Dataset<Row> weather;

  @BeforeAll
  static void generateAndClean() {
    Path lake = TestSpark.newFolder("aq-pipeline");
    // 1.5 years, 2 target locations: about 80k lines in 540 small files
    summary = AirQualityDataGenerator.builder().seed(11).start(LocalDate.of(2021, 1, 1)).days(540)
        .locations(2).build().generate(lake);
    Dataset<Row> measurements = readMeasurements(SPARK, lake);
    Dataset<Row> gsod = readGsod(SPARK, lake);
    no2 = AirQualityCleaning.no2DailyMeans(measurements, summary.city()).cache();
    weather = AirQualityCleaning.weatherDaily(gsod).cache();
  }

  static Dataset<Row> readMeasurements(SparkSession spark, Path lake) {
    return spark.read().option("recursiveFileLookup", "true")
        .json(lake.resolve("raw/openaq").toString());
  }

  static Dataset<Row> readGsod(SparkSession spark, Path lake) {
    return spark.read().option("header", "true").option("recursiveFileLookup", "true")
        .csv(lake.resolve("raw/gsod").toString());
  }

  @Test
  void no2DailyMeans_findsExactlyTheValidReadings() {
    assertThat(no2.count()).isEqualTo(540);
    long hours = no2.selectExpr("sum(no2_hours)").first().getLong(0);
    assertThat(hours).isEqualTo(summary.cityNo2Readings());
    assertThat(no2.selectExpr("min(no2_mean)", "max(no2_mean)").first().toString())
        .matches("\\[\\d+\\.\\d+,\\d+\\.\\d+\\]");
  }

  @Test
  void weatherDaily_averagesTheThreeStationsOfEveryDay() {
    assertThat(weather.count()).isEqualTo(540);
    assertThat(weather.selectExpr("min(stations)", "max(stations)").first().toString())
        .isEqualTo("[3,3]");
    // sentinels never reach a mean: the pressure and wind stay in physical ranges
    Row r = weather.selectExpr("min(pressure)", "max(pressure)", "max(wind_speed)",
        "max(temp_max)", "min(temp_min)").first();
    assertThat(r.getDouble(0)).isGreaterThan(980);
    assertThat(r.getDouble(1)).isLessThan(1050);
    assertThat(r.getDouble(2)).isLessThan(25);
    assertThat(r.getDouble(3)).isLessThan(50);
    assertThat(r.getDouble(4)).isGreaterThan(-25);
  }

  @Test
  void joinCompleteAndTrain_findTheWeatherSignal() {
    Dataset<Row> daily = DailyFeatures.complete(AirQualityCleaning.joinOnDate(no2, weather)
        .withColumn("station", org.apache.spark.sql.functions.lit(summary.city())));
    assertThat(daily.count()).isEqualTo(540);
    assertThat(daily.columns()).containsExactlyElementsOf(DailyFeatures.COLUMNS.keySet());

    org.gluesuite.common.report.ModelMetrics m = No2Model.train(daily, No2ModelOptions.builder()
        .splitDate(LocalDate.of(2022, 1, 1)).algorithm(No2Model.Algorithm.LINEAR_REGRESSION).build()).metrics();

    assertThat(m.rows()).containsEntry("train", 365L).containsEntry("test", 175L);
    // GSOD has no hourly wind direction: those features are left out, and said so
    List<String> dropped = new java.util.ArrayList<>();
    m.extra("features_dropped").orElseThrow().forEach(n -> dropped.add(n.asText()));
    assertThat(dropped).contains("wind_v", "north_share", "calm_share").doesNotContain("wind_speed", "pressure");
    double r2 = m.split("test").orElseThrow().model().get("r2");
    assertThat(r2).isBetween(0.45, 0.95).isGreaterThan(m.split("test").orElseThrow().baseline().get("r2"));
  }

  @Test
  void withDatePartitions_partitionsTheJoinedDays() {
    Dataset<Row> parts = AirQualityCleaning.withDatePartitions(AirQualityCleaning.joinOnDate(no2, weather));

    assertThat(parts.select("year", "month").distinct().count()).isEqualTo(18);
    assertThat(parts.where("date = DATE'2021-02-03'").select("year", "month", "day").first())
        .hasToString("[2021,02,03]");
  }
}
