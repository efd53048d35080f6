package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** The cleaning functions on tiny hand-made inputs with exact expected figures. */
class AirQualityCleaningTest {
  private static final double EPS = 1e-9;
  private final SparkSession spark = TestSpark.session();

  // ---------------------------------------------------------------------------------------------
  // no2DailyMeans

  @Test
  void no2DailyMeans_dropsDuplicatesOtherCitiesParametersUnitsAndMalformedLines() {
    Dataset<Row> daily = AirQualityCleaning.no2DailyMeans(measurements(), "Valmora");

    assertThat(daily.columns()).containsExactly("date", "no2_mean", "no2_hours");
    assertThat(daily.schema().apply("date").dataType()).isEqualTo(DataTypes.DateType);
    assertThat(daily.schema().apply("no2_mean").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(daily.schema().apply("no2_hours").dataType()).isEqualTo(DataTypes.LongType);
    Map<String, Row> byDay = byDate(daily);
    assertThat(byDay).containsOnlyKeys("2021-01-01", "2021-01-02");
    // day 1: A@00 10 (twice: one reading), A@01 20, B@00 30, A@23 40 (local: next day, UTC: this day)
    assertThat(byDay.get("2021-01-01").getDouble(1)).isCloseTo(25.0, within(EPS));
    assertThat(byDay.get("2021-01-01").getLong(2)).isEqualTo(4L);
    // day 2: A@00 50, and B@01 reported twice with conflicting values 60 and 70 -> one reading of 65
    assertThat(byDay.get("2021-01-02").getDouble(1)).isCloseTo((50.0 + 65.0) / 2, within(EPS));
    assertThat(byDay.get("2021-01-02").getLong(2)).isEqualTo(2L);
  }

  @Test
  void no2DailyMeans_whenUtcIsATimestamp_givesTheSameDays() {
    Dataset<Row> withTimestamps = measurements()
        .where("_corrupt_record IS NULL")
        .selectExpr("location", "city", "parameter", "value", "unit",
            "named_struct('utc', to_timestamp(date.utc), 'local', date.local) AS date");
    assertThat(withTimestamps.schema().apply("date").dataType().catalogString())
        .isEqualTo("struct<utc:timestamp,local:string>");

    Map<String, Row> byDay = byDate(AirQualityCleaning.no2DailyMeans(withTimestamps, "Valmora"));

    assertThat(byDay.get("2021-01-01").getDouble(1)).isCloseTo(25.0, within(EPS));
    assertThat(byDay.get("2021-01-01").getLong(2)).isEqualTo(4L);
    assertThat(byDay.get("2021-01-02").getLong(2)).isEqualTo(2L);
  }

  @Test
  void no2DailyMeans_whenValuesAreStrings_castsThem() {
    Dataset<Row> asStrings = measurements().where("_corrupt_record IS NULL")
        .withColumn("value", org.apache.spark.sql.functions.format_string(" %s ",
            org.apache.spark.sql.functions.col("value")));

    Map<String, Row> byDay = byDate(AirQualityCleaning.no2DailyMeans(asStrings, "Valmora"));

    assertThat(byDay.get("2021-01-01").getDouble(1)).isCloseTo(25.0, within(EPS));
  }

  @Test
  void no2DailyMeans_whenCityAbsent_namesTheCityAndTheCitiesFound() {
    assertThatThrownBy(() -> AirQualityCleaning.no2DailyMeans(measurements(), "Atlantis"))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("City 'Atlantis' not found")
        .hasMessageContaining("Cities found: [Portmarin, Valmora]");
  }

  @Test
  void no2DailyMeans_whenColumnMissing_namesItAndTheColumnsPresent() {
    Dataset<Row> noUnit = measurements().drop("unit");

    assertThatThrownBy(() -> AirQualityCleaning.no2DailyMeans(noUnit, "Valmora"))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("lacks required column(s) [unit]")
        .hasMessageContaining("city:string")
        .hasMessageContaining("location:string");
  }

  @Test
  void no2DailyMeans_whenDateIsNotAStruct_namesDateUtc() {
    Dataset<Row> flat = measurements().withColumn("date", org.apache.spark.sql.functions.lit("x"));

    assertThatThrownBy(() -> AirQualityCleaning.no2DailyMeans(flat, "Valmora"))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("[date.utc]");
  }

  // ---------------------------------------------------------------------------------------------
  // weatherDaily

  @Test
  void weatherDaily_turnsEachColumnsOwnSentinelIntoNullBeforeAveraging() {
    Map<String, Row> byDay = byDate(AirQualityCleaning.weatherDaily(gsod(false)));

    assertThat(byDay).containsOnlyKeys("2021-01-01", "2021-01-02");
    Row d1 = byDay.get("2021-01-01");
    // TEMP 50.0 and 9999.9 -> 10 °C from the first station only
    assertThat(d1.<Double>getAs("temp_mean")).isCloseTo(10.0, within(EPS));
    // MAX 68 and 86 °F -> 20 and 30 °C
    assertThat(d1.<Double>getAs("temp_max")).isCloseTo(25.0, within(EPS));
    // MIN 9999.9 at both stations -> null
    assertThat(d1.<Double>getAs("temp_min")).isNull();
    // DEWP 32 and 41 °F -> 0 and 5 °C
    assertThat(d1.<Double>getAs("dew_point")).isCloseTo(2.5, within(EPS));
    // WDSP 10 kn and 999.9 -> 10 kn = 5.1444 m/s
    assertThat(d1.<Double>getAs("wind_speed")).isCloseTo(10 * 1852.0 / 3600.0, within(EPS));
    // MXSPD 999.9 and 20 kn
    assertThat(d1.<Double>getAs("wind_max")).isCloseTo(20 * 1852.0 / 3600.0, within(EPS));
    // SLP 999.9 is a real pressure (its sentinel is 9999.9) and stays; 1020.1 too
    assertThat(d1.<Double>getAs("pressure")).isCloseTo((999.9 + 1020.1) / 2, within(EPS));
    // PRCP 99.99 and 0.10 in
    assertThat(d1.<Double>getAs("precipitation_mm")).isCloseTo(2.54, within(EPS));
    assertThat(d1.<Long>getAs("stations")).isEqualTo(2L);

    Row d2 = byDay.get("2021-01-02");
    assertThat(d2.<Double>getAs("temp_mean")).isCloseTo(0.0, within(EPS));
    assertThat(d2.<Double>getAs("temp_min")).isCloseTo(-10.0, within(EPS));
    assertThat(d2.<Double>getAs("pressure")).isCloseTo(1030.0, within(EPS));
    // the day's range and dew-point depression: 41 - 14 °F = 15 K, 32 - 23 °F = 5 K
    assertThat(d2.<Double>getAs("temp_range")).isCloseTo(15.0, within(EPS));
    assertThat(d2.<Double>getAs("dew_point_depression")).isCloseTo(5.0, within(EPS));
    assertThat(d2.<Double>getAs("precipitation_mm")).isCloseTo(0.0, within(EPS));
    assertThat(d2.<Long>getAs("stations")).isEqualTo(1L);
  }

  @Test
  void weatherDaily_givesTheSameResultForTypedAndStringColumns() {
    Dataset<Row> typed = gsod(true);
    assertThat(typed.schema().apply("TEMP").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(gsod(false).schema().apply("TEMP").dataType()).isEqualTo(DataTypes.StringType);

    assertThat(byDate(AirQualityCleaning.weatherDaily(typed)).toString())
        .isEqualTo(byDate(AirQualityCleaning.weatherDaily(gsod(false))).toString());
  }

  @Test
  void weatherDaily_outputsTheDocumentedColumns() {
    assertThat(AirQualityCleaning.weatherDaily(gsod(false)).columns()).containsExactly("date", "temp_mean",
        "temp_max", "temp_min", "temp_range", "dew_point", "dew_point_depression", "wind_speed", "wind_max",
        "pressure", "precipitation_mm", "stations");
    assertThat(DailyFeatures.COLUMNS.keySet()).containsAll(List.of(AirQualityCleaning.weatherDaily(gsod(false))
        .columns()));
  }

  @Test
  void weatherDaily_withSentinelsGiven_usesThoseOfEachColumn() {
    // SLP's own sentinel made 999.9 (as --missing_values SLP=999.9 does): the first day keeps 1020.1 alone
    Map<String, Double> sentinels = new java.util.HashMap<>(AirQualityDataGenerator.GSOD_SENTINELS);
    sentinels.put("SLP", 999.9);
    Row d1 = byDate(AirQualityCleaning.weatherDaily(gsod(false), sentinels)).get("2021-01-01");
    assertThat(d1.<Double>getAs("pressure")).isCloseTo(1020.1, within(EPS));
  }

  @Test
  void weatherDaily_whenColumnsMissing_namesThem() {
    assertThatThrownBy(() -> AirQualityCleaning.weatherDaily(gsod(false).drop("STP", "WDSP")))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("GSOD weather frame lacks required column(s) [STP, WDSP]")
        .hasMessageContaining("SLP:string");
  }

  // ---------------------------------------------------------------------------------------------
  // joinOnDate and withDatePartitions

  @Test
  void joinOnDate_keepsOnlyDaysOnBothSidesWithOneDateColumn() {
    StructType no2Schema = new StructType().add("date", DataTypes.DateType)
        .add("no2_mean", DataTypes.DoubleType).add("no2_hours", DataTypes.LongType);
    StructType weatherSchema = new StructType().add("date", DataTypes.DateType)
        .add("wind_speed", DataTypes.DoubleType);
    Dataset<Row> no2 = spark.createDataFrame(List.of(
        RowFactory.create(Date.valueOf("2021-01-01"), 25.0, 4L),
        RowFactory.create(Date.valueOf("2021-01-02"), 30.0, 3L)), no2Schema);
    Dataset<Row> weather = spark.createDataFrame(List.of(
        RowFactory.create(Date.valueOf("2021-01-02"), 2.5),
        RowFactory.create(Date.valueOf("2021-01-03"), 4.0)), weatherSchema);

    Dataset<Row> joined = AirQualityCleaning.joinOnDate(no2, weather);

    assertThat(joined.columns()).containsExactly("date", "no2_mean", "no2_hours", "wind_speed");
    assertThat(joined.collectAsList()).extracting(Row::toString)
        .containsExactly("[2021-01-02,30.0,3,2.5]");
  }

  @Test
  void joinOnDate_whenDateMissing_namesTheSide() {
    Dataset<Row> noDate = spark.range(1).toDF("day");
    Dataset<Row> withDate = spark.sql("SELECT DATE'2021-01-01' AS date");

    assertThatThrownBy(() -> AirQualityCleaning.joinOnDate(withDate, noDate))
        .isInstanceOf(AirQualityException.class)
        .hasMessageContaining("weather daily frame lacks required column(s) [date]")
        .hasMessageContaining("day:bigint");
  }

  @Test
  void withDatePartitions_addsZeroPaddedStrings() {
    Dataset<Row> df = spark.sql(
        "SELECT * FROM VALUES (DATE'2024-01-05', 1), (DATE'2023-12-31', 2), (DATE'0999-03-09', 3) AS t(date, n)");

    Dataset<Row> out = AirQualityCleaning.withDatePartitions(df);

    assertThat(out.columns()).containsExactly("date", "n", "year", "month", "day");
    assertThat(out.schema().apply("year").dataType()).isEqualTo(DataTypes.StringType);
    assertThat(out.orderBy("n").select("year", "month", "day").collectAsList()).extracting(Row::toString)
        .containsExactly("[2024,01,05]", "[2023,12,31]", "[0999,03,09]");
  }

  // ---------------------------------------------------------------------------------------------
  // fixtures

  private static String m(String location, String city, String parameter, String value, String unit,
      String utc) {
    return "{\"location\":\"" + location + "\",\"city\":\"" + city + "\",\"country\":\"ES\",\"parameter\":\""
        + parameter + "\",\"value\":" + value + ",\"unit\":\"" + unit + "\",\"date\":{\"utc\":\"" + utc
        + "\",\"local\":\"" + utc.substring(0, 19) + "+01:00\"},\"coordinates\":{\"latitude\":40.4,"
        + "\"longitude\":-3.7}}";
  }

  /** OpenAQ lines as a Spark JSON read gives them, malformed line included. */
  private Dataset<Row> measurements() {
    String ug = "µg/m³";
    List<String> lines = List.of(
        m("A", "Valmora", "no2", "10.0", ug, "2021-01-01T00:00:00.000Z"),
        m("A", "Valmora", "no2", "10.0", ug, "2021-01-01T00:00:00.000Z"),
        m("A", "Valmora", "no2", "20.0", ug, "2021-01-01T01:00:00.000Z"),
        m("B", "Valmora", "no2", "30.0", ug, "2021-01-01T00:00:00.000Z"),
        m("A", "Valmora", "no2", "40.0", ug, "2021-01-01T23:00:00.000Z"),
        m("A", "Valmora", "no2", "50.0", ug, "2021-01-02T00:00:00.000Z"),
        m("B", "Valmora", "no2", "60.0", ug, "2021-01-02T01:00:00.000Z"),
        m("B", "Valmora", "no2", "70.0", ug, "2021-01-02T01:00:00.000Z"),
        m("A", "Valmora", "no2", "-5.0", ug, "2021-01-02T02:00:00.000Z"),
        m("A", "Valmora", "no2", "0.05", "ppm", "2021-01-02T03:00:00.000Z"),
        m("A", "Valmora", "pm25", "999.0", ug, "2021-01-01T05:00:00.000Z"),
        m("P", "Portmarin", "no2", "100.0", ug, "2021-01-01T05:00:00.000Z"),
        m("A", "Valmora", "no2", "10.0", ug, "2021-01-03T00:00:00.000Z").substring(0, 60));
    return spark.read().json(spark.createDataset(lines, Encoders.STRING()));
  }

  private static final String GSOD_HEADER = "\"STATION\",\"DATE\",\"NAME\",\"TEMP\",\"DEWP\",\"SLP\",\"STP\","
      + "\"VISIB\",\"WDSP\",\"MXSPD\",\"GUST\",\"MAX\",\"MIN\",\"PRCP\",\"SNDP\",\"FRSHTT\"";

  /** GSOD rows as a CSV read with a header gives them: strings, or typed with inferSchema. */
  private Dataset<Row> gsod(boolean inferSchema) {
    List<String> lines = List.of(GSOD_HEADER,
        "\"S1\",\"2021-01-01\",\"ONE, SP\",\"  50.0\",\"  32.0\",\" 999.9\",\"9999.9\",\"999.9\",\" 10.0\","
            + "\"999.9\",\"999.9\",\"  68.0\",\"9999.9\",\"99.99\",\"999.9\",\"000000\"",
        "\"S2\",\"2021-01-01\",\"TWO, SP\",\"9999.9\",\"  41.0\",\"1020.1\",\"9999.9\",\" 10.0\",\"999.9\","
            + "\" 20.0\",\"999.9\",\"  86.0\",\"9999.9\",\" 0.10\",\"999.9\",\"010000\"",
        "\"S1\",\"2021-01-02\",\"ONE, SP\",\"  32.0\",\"  23.0\",\"1030.0\",\" 940.5\",\"  5.0\",\"  3.0\","
            + "\"  6.0\",\"999.9\",\"  41.0\",\"  14.0\",\" 0.00\",\"  2.0\",\"001000\"");
    return spark.read().option("header", "true").option("inferSchema", String.valueOf(inferSchema))
        .csv(spark.createDataset(lines, Encoders.STRING()));
  }

  private static Map<String, Row> byDate(Dataset<Row> df) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : df.collectAsList()) {
      out.put(String.valueOf(r.get(0)), r);
    }
    return out;
  }
}
