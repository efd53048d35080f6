package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training on a synthetic daily table of two stations whose ln(NO2) is linear in the weather. */
class No2ModelTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final List<String> FEATURES = List.of("temp_max", "temp_min", "wind_speed", "pressure",
      "north_share");
  private static Dataset<Row> daily;

  @BeforeAll
  static void dailyTable() {
    daily = dailyRows(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
  }

  /**
   * One row per station and day. Every 50th day has no label, every 30th only 12 hourly values (too few for a label),
   * every 40th a null wind speed; north_share is never known (as with GSOD). Station B's NO2 is 1.5 times A's.
   * {@code no2_previous_day} is the previous day's NO2 of the station, which also carries a day-to-day persistence.
   */
  static Dataset<Row> dailyRows(LocalDate from, LocalDate to) {
    StructType schema = new StructType().add("date", DataTypes.DateType).add("station", DataTypes.StringType)
        .add("no2_mean", DataTypes.DoubleType).add("no2_hours", DataTypes.LongType)
        .add("temp_max", DataTypes.DoubleType).add("temp_min", DataTypes.DoubleType)
        .add("wind_speed", DataTypes.DoubleType).add("pressure", DataTypes.DoubleType)
        .add("north_share", DataTypes.DoubleType).add(DailyFeatures.NO2_LAG, DataTypes.DoubleType);
    Random rnd = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (String station : List.of("A", "B")) {
      int i = 0;
      Double previous = null;
      double persistence = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), i++) {
        double tmax = 20 + 10 * Math.sin(i / 58.0) + rnd.nextGaussian() * 3;
        double tmin = tmax - 8 - rnd.nextDouble() * 4;
        double wind = 1 + rnd.nextDouble() * 5;
        double pressure = 1015 + rnd.nextGaussian() * 6;
        persistence = 0.7 * persistence + rnd.nextGaussian() * 0.1;
        double no2 = Math.exp(4.0 - 0.01 * tmax + 0.005 * tmin - 0.15 * wind + 0.01 * (pressure - 1015)
            + persistence + rnd.nextGaussian() * 0.02) * (station.equals("B") ? 1.5 : 1.0);
        rows.add(RowFactory.create(Date.valueOf(d), station, i % 50 == 7 ? null : no2, i % 30 == 4 ? 12L : 24L,
            tmax, tmin, i % 40 == 3 ? null : wind, pressure, null, previous));
        previous = no2;
      }
    }
    return SPARK.createDataFrame(rows, schema);
  }

  private static No2ModelOptions linear() {
    return No2ModelOptions.builder().features(FEATURES).algorithm(No2Model.Algorithm.LINEAR_REGRESSION).build();
  }

  @Test
  void train_splitsOnTheLastYear_andLabelsOnlyDaysWithEnoughHours() {
    ModelMetrics m = No2Model.train(daily, linear()).metrics();

    assertThat(m.extra("split_date").orElseThrow().asText()).isEqualTo("2023-01-01");
    assertThat(m.extra("train_period").orElseThrow().toString()).isEqualTo("[\"2021-01-01\",\"2022-12-31\"]");
    assertThat(m.extra("test_period").orElseThrow().toString()).isEqualTo("[\"2023-01-01\",\"2023-12-31\"]");
    // per station 1,095 days: 22 without a label (index 7, 57, …), 37 with 12 hours (index 4, 34, …; none shared)
    assertThat(m.extra("rows_without_label").orElseThrow().asLong()).isEqualTo(2 * (22 + 37));
    assertThat(m.rows().get("train") + m.rows().get("test")).isEqualTo(2 * (1095 - 22 - 37));
    assertThat(m.extra(No2Model.STATIONS_EXTRA).orElseThrow().path("A").path("rows").path("test").asLong())
        .isEqualTo(m.rows().get("test") / 2);
  }

  @Test
  void train_poolsTheStationsWithAnIndicator_andLeavesOutFeaturesWithoutValues() {
    No2TrainingResult result = No2Model.train(daily, linear());
    ModelMetrics m = result.metrics();

    assertThat(m.params().get("pooled").asBoolean()).isTrue();
    assertThat(m.extra("features_dropped").orElseThrow().toString()).isEqualTo("[\"north_share\"]");
    assertThat(m.modelType()).isEqualTo("linear_regression on ln(no2_mean)");
    // ln(NO2) is linear in the weather plus a station offset; the day-to-day persistence (a quarter of its variance)
    // is not weather, so R² stays well below 1 but far above the baseline, which has no station indicator
    for (String station : List.of("A", "B")) {
      var test = m.extra(No2Model.STATIONS_EXTRA).orElseThrow().path(station).path("test");
      assertThat(test.path("model").path("r2").asDouble()).as(station).isBetween(0.6, 0.9)
          .isGreaterThan(test.path("baseline").path("r2").asDouble());
    }
    assertThat(m.split("test").orElseThrow().baseline()).containsKeys("rmse", "mae", "r2");
    assertThat(m.baseline()).isEqualTo("linear regression of no2_mean on temp_max, temp_min, wind_speed, pressure");
  }

  @Test
  void train_reportsTheLagVariantSeparately() {
    ModelMetrics m = No2Model.train(daily, linear()).metrics();
    ModelMetrics without = No2Model.train(daily, linear().toBuilder().lagVariant(false).build()).metrics();

    assertThat(without.extra(No2Model.LAG_EXTRA)).isEmpty();
    assertThat(m.split("test")).isEqualTo(without.split("test"));
    double lagR2 = m.extra(No2Model.LAG_EXTRA).orElseThrow().path("splits").path("test").path("model").path("r2")
        .asDouble();
    assertThat(lagR2).isGreaterThan(m.split("test").orElseThrow().model().get("r2"));
  }

  @Test
  void train_ensemble_combinesLinearAndForest_andGivesImportances() {
    No2TrainingResult result = No2Model.train(daily, No2ModelOptions.builder().features(FEATURES)
        .lagVariant(false).build());

    assertThat(result.models()).containsOnlyKeys("linear_regression", "random_forest", "baseline");
    assertThat(result.metrics().modelType()).isEqualTo("linear_regression+random_forest on ln(no2_mean)");
    assertThat(result.metrics().extra(No2Model.IMPORTANCES_EXTRA).orElseThrow().fieldNames())
        .toIterable().contains("wind_speed", "station=A");
  }

  @Test
  void write_savesMetricsSectionModelsAndPredictions_thatReloadToTheSamePredictions() {
    No2TrainingResult result = No2Model.train(daily, linear());
    Path out = TestSpark.newFolder("no2-model");

    result.write(out.toString());
    result.write(out.toString()); // a rerun replaces the outputs

    assertThat(ModelMetrics.read(out.resolve(ModelMetrics.FILE_NAME)).toJson()).isEqualTo(result.metrics().toJson());
    ReportSection section = ReportSection.read(out.resolve(ReportSection.FILE_NAME));
    assertThat(section.charts()).extracting(c -> c.title()).containsExactly(
        "Predicted vs actual daily NO2, test period", "Residuals over time (actual − predicted), test period");
    assertThat(section.charts().get(0).series()).extracting(s -> s.name()).containsExactly("A", "B");
    assertThat(section.tables().get(0).rows()).hasSize(2);

    Dataset<Row> saved = SPARK.read().parquet(out.resolve("predictions").toString());
    assertThat(saved.count()).isEqualTo(result.metrics().rows().get("test"));
    PipelineModel reloaded = PipelineModel.load(out.resolve("model/linear_regression").toString());
    double again = reloaded.transform(daily.where("date = DATE'2023-06-01' AND station = 'B'"))
        .selectExpr("exp(prediction)").first().getDouble(0);
    double written = saved.where("date = DATE'2023-06-01' AND station = 'B'").first().getAs("prediction");
    assertThat(again).isCloseTo(written, within(1e-9));
  }

  @Test
  void defaultSplitDate_isOneYearBeforeTheDayAfterTheLastDay() {
    assertThat(No2Model.defaultSplitDate(LocalDate.of(2023, 12, 31))).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(No2Model.defaultSplitDate(LocalDate.of(2017, 2, 28))).isEqualTo(LocalDate.of(2016, 3, 1));
  }

  @Test
  void train_whenLessThanAYearOfData_failsWithTheSplitDate() {
    Dataset<Row> halfYear = dailyRows(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));

    assertThatThrownBy(() -> No2Model.train(halfYear, linear()))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("training set has 0 row(s)")
        .hasMessageContaining("split date 2020-07-01");
  }

  @Test
  void train_whenFeatureMissing_namesIt() {
    assertThatThrownBy(() -> No2Model.train(daily.drop("pressure"), linear()))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("[pressure]");
  }
}
