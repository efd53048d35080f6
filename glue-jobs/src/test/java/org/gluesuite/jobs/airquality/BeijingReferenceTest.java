package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The same model on real data: UCI Beijing Multi-Site Air Quality, station Dongsi, read from
 * {@code ../shared/data} next to the repository (never copied into it). Daily means of NO2, daily max/min
 * of TEMP, mean WSPM and mean PRES; test period from 2016-03-01. The shared reference measured a linear
 * model at R² ≈ 0.58 on Dongsi.
 */
class BeijingReferenceTest {
  static final String FILE = "beijing_air_quality/PRSA_Data_Dongsi_20130301-20170228.csv";

  @Test
  void dongsiDailyLinearModel_reachesTheReferenceR2() {
    Path file = sharedData().resolve(FILE);
    assumeTrue(Files.isRegularFile(file),
        "Skipped: the shared Beijing data file " + file + " is absent (expected at ../shared/data "
            + "relative to the repository root).");
    SparkSession spark = TestSpark.session();

    Dataset<Row> hourly = spark.read().option("header", "true").option("nullValue", "NA")
        .option("inferSchema", "true").csv(file.toString());
    Dataset<Row> daily = hourly
        .groupBy(expr("make_date(year, month, day)").as("date"))
        .agg(avg("NO2").as("no2_mean"), max("TEMP").as("temp_max"), min("TEMP").as("temp_min"),
            avg("WSPM").as("wind_speed"), avg("PRES").as("pressure"))
        .where(col("date").isNotNull());

    No2Metrics m = No2Model.train(daily, No2ModelOptions.builder()
        .features(List.of("temp_max", "temp_min", "wind_speed", "pressure")).build()).metrics();
    System.out.println("Beijing Dongsi, linear: " + m.toJson());

    assertThat(m.splitDate()).isEqualTo("2016-03-01"); // the default rule: last day 2017-02-28
    assertThat(m.testTo()).isEqualTo("2017-02-28");
    assertThat(m.trainFrom()).isEqualTo("2013-03-01");
    assertThat(m.trainRows() + m.testRows() + m.rowsWithoutLabel()).isEqualTo(1461);
    assertThat(m.r2()).isBetween(0.45, 0.70);
  }

  /** {@code ../shared/data} relative to the repository root (the folder holding {@code .git}). */
  static Path sharedData() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    Path root = dir != null ? dir : Path.of("").toAbsolutePath();
    return root.resolve("..").resolve("shared").resolve("data").normalize();
  }
}
