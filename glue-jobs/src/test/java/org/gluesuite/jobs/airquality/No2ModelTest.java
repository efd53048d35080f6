package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training on a synthetic daily table with a known linear relation. */
class No2ModelTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static Dataset<Row> daily;

  @BeforeAll
  static void dailyTable() {
    daily = dailyRows(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
  }

  /**
   * One row per day; every 50th day has no label, every 40th a null wind speed. The label is an exact
   * linear function of the features plus small noise.
   */
  static Dataset<Row> dailyRows(LocalDate from, LocalDate to) {
    StructType schema = new StructType().add("date", DataTypes.DateType)
        .add("no2_mean", DataTypes.DoubleType).add("no2_hours", DataTypes.LongType)
        .add("temp_max", DataTypes.DoubleType).add("temp_min", DataTypes.DoubleType)
        .add("wind_speed", DataTypes.DoubleType).add("sea_level_pressure", DataTypes.DoubleType)
        .add("station_pressure", DataTypes.DoubleType);
    Random rnd = new Random(3);
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), i++) {
      double tmax = 20 + 10 * Math.sin(i / 58.0) + rnd.nextGaussian() * 3;
      double tmin = tmax - 8 - rnd.nextDouble() * 4;
      double wind = 1 + rnd.nextDouble() * 5;
      double slp = 1015 + rnd.nextGaussian() * 6;
      double stp = slp * 0.925 + rnd.nextGaussian() * 0.3;
      double no2 = 60 - 0.8 * tmax + 0.3 * tmin - 5 * wind + 0.4 * (slp - 1015) + rnd.nextGaussian();
      rows.add(RowFactory.create(Date.valueOf(d), i % 50 == 7 ? null : no2, 24L, tmax, tmin,
          i % 40 == 3 ? null : wind, slp, stp));
    }
    return SPARK.createDataFrame(rows, schema);
  }

  @Test
  void train_splitsOnTheLastYearOfData() {
    No2TrainingResult result = No2Model.train(daily);
    No2Metrics m = result.metrics();

    assertThat(m.algorithm()).isEqualTo("LINEAR_REGRESSION");
    assertThat(m.splitDate()).isEqualTo("2023-01-01");
    assertThat(m.trainFrom()).isEqualTo("2021-01-01");
    assertThat(m.trainTo()).isEqualTo("2022-12-31");
    assertThat(m.testFrom()).isEqualTo("2023-01-01");
    assertThat(m.testTo()).isEqualTo("2023-12-31");
    // 1095 days, 22 without a label (day index 7, 57, ...): 15 before 2023 (index < 730), 7 after
    assertThat(m.rowsWithoutLabel()).isEqualTo(22);
    assertThat(m.trainRows()).isEqualTo(730 - 15);
    assertThat(m.testRows()).isEqualTo(365 - 7);
    assertThat(result.predictions().count()).isEqualTo(m.testRows());
    assertThat(result.predictions().columns()).containsExactly("date", "no2_mean", "prediction");
    assertThat(result.predictions().agg(org.apache.spark.sql.functions.min("date")).first().get(0))
        .hasToString("2023-01-01");
    // noise sd 1, nulls imputed: the fit is nearly exact
    assertThat(m.r2()).isGreaterThan(0.95);
    assertThat(m.rmse()).isBetween(0.8, 2.0);
    assertThat(m.mae()).isLessThan(m.rmse());
  }

  @Test
  void train_withExplicitSplitDate_usesIt() {
    No2Metrics m = No2Model.train(daily, No2ModelOptions.builder()
        .splitDate(LocalDate.of(2022, 7, 1)).build()).metrics();

    assertThat(m.splitDate()).isEqualTo("2022-07-01");
    assertThat(m.trainTo()).isEqualTo("2022-06-30");
    assertThat(m.testFrom()).isEqualTo("2022-07-01");
    assertThat(m.trainRows() + m.testRows()).isEqualTo(1095 - 22);
  }

  @Test
  void defaultSplitDate_isOneYearBeforeTheDayAfterTheLastDay() {
    assertThat(No2Model.defaultSplitDate(LocalDate.of(2023, 12, 31))).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(No2Model.defaultSplitDate(LocalDate.of(2017, 2, 28))).isEqualTo(LocalDate.of(2016, 3, 1));
  }

  @Test
  void train_whenLessThanAYearOfData_failsWithTheSplitDate() {
    Dataset<Row> short_ = dailyRows(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));

    assertThatThrownBy(() -> No2Model.train(short_))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("training set has 0 row(s)")
        .hasMessageContaining("split date 2020-07-01");
  }

  @Test
  void train_whenFeatureMissing_namesIt() {
    assertThatThrownBy(() -> No2Model.train(daily.drop("station_pressure")))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("[station_pressure]");
  }

  @Test
  void train_bestOnValidation_scoresBothCandidatesOnTheYearBeforeTheSplit() {
    No2Metrics m = No2Model.train(daily, No2ModelOptions.builder()
        .algorithm(No2Model.Algorithm.BEST_ON_VALIDATION).build()).metrics();

    assertThat(m.validation()).containsOnlyKeys("LINEAR_REGRESSION", "GBT_REGRESSOR");
    // the relation is exactly linear, so the linear model wins
    assertThat(m.algorithm()).isEqualTo("LINEAR_REGRESSION");
    assertThat(m.validation().get("LINEAR_REGRESSION")).isLessThan(m.validation().get("GBT_REGRESSOR"));
  }

  @Test
  void write_savesMetricsModelAndPredictions() throws Exception {
    No2TrainingResult result = No2Model.train(daily);
    Path out = TestSpark.newFolder("no2-model");

    result.write(out.toString());
    result.write(out.toString()); // a rerun replaces the outputs

    JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("metrics.json")));
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("algorithm", "label", "features", "split_date", "train_from",
        "train_to", "test_from", "test_to", "train_rows", "test_rows", "rows_without_label", "rmse", "mae",
        "r2", "validation");
    assertThat(json.get("split_date").asText()).isEqualTo("2023-01-01");
    assertThat(json.get("test_rows").asLong()).isEqualTo(358);
    assertThat(json.get("r2").asDouble()).isEqualTo(result.metrics().r2());

    PipelineModel reloaded = PipelineModel.load(out.resolve("model").toString());
    double again = reloaded.transform(daily.where("date >= DATE'2023-01-01' AND no2_mean IS NOT NULL"))
        .selectExpr("avg(prediction)").first().getDouble(0);
    double saved = SPARK.read().parquet(out.resolve("predictions").toString())
        .selectExpr("avg(prediction)").first().getDouble(0);
    assertThat(again).isCloseTo(saved, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(SPARK.read().parquet(out.resolve("predictions").toString()).count()).isEqualTo(358);
  }
}
