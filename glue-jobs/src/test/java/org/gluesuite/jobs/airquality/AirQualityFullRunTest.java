package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The whole pipeline on the default 3 years (2021-01-01..2023-12-31), test period 2023. Slow (about a
 * minute on 2 cores), so it runs only with {@code -Dairquality.fullRun=true}; it prints the metrics and
 * writes the outputs under {@code target/airquality-full-run/}.
 */
@EnabledIfSystemProperty(named = "airquality.fullRun", matches = "true")
class AirQualityFullRunTest {
  @Test
  void defaultThreeYears_linearAndBestOnValidation() {
    SparkSession spark = TestSpark.session();
    Path lake = TestSpark.newFolder("aq-full");
    long t0 = System.nanoTime();
    GenerationSummary summary = AirQualityDataGenerator.create().generate(lake);
    System.out.printf("generated in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, summary);

    Dataset<Row> no2 = AirQualityCleaning.no2DailyMeans(
        AirQualityPipelineTest.readMeasurements(spark, lake), summary.city());
    Dataset<Row> weather = AirQualityCleaning.weatherDaily(AirQualityPipelineTest.readGsod(spark, lake));
    Dataset<Row> daily = AirQualityCleaning.joinOnDate(no2, weather).cache();
    assertThat(daily.count()).isEqualTo(1095);
    assertThat(daily.selectExpr("sum(no2_hours)").first().getLong(0)).isEqualTo(summary.cityNo2Readings());

    Path out = Path.of("target", "airquality-full-run").toAbsolutePath();
    No2TrainingResult linear = No2Model.train(daily);
    linear.write(out.resolve("linear").toString());
    System.out.println("linear: " + linear.metrics().toJson());
    No2TrainingResult best = No2Model.train(daily, No2ModelOptions.builder()
        .algorithm(No2Model.Algorithm.BEST_ON_VALIDATION).build());
    best.write(out.resolve("best").toString());
    System.out.println("best on validation: " + best.metrics().toJson());
    No2TrainingResult gbt = No2Model.train(daily, No2ModelOptions.builder()
        .algorithm(No2Model.Algorithm.GBT_REGRESSOR).build());
    System.out.println("gbt: " + gbt.metrics().toJson());

    assertThat(linear.metrics().splitDate()).isEqualTo("2023-01-01");
    assertThat(linear.metrics().r2()).isBetween(0.5, 0.8);
    daily.unpersist();
  }
}
