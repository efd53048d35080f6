package org.gluesuite.dq.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.dq.InvalidDataQualityOptionException;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated table of 1,000 orders with planted problems: {@code fee_charged} is the target ({@code price}) in
 * disguise (leakage), {@code quantity} has 8 absurd values (outliers), {@code region} is missing in every 20th row,
 * and the last 12 rows repeat earlier ones exactly.
 */
class TableProfilerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Dataset<Row> orders;

  private static TableProfile withPrice;

  /** The profile with target {@code price} (made once, shared with the page's test). */
  static synchronized TableProfile withPriceTarget() {
    if (withPrice == null) {
      withPrice = TableProfiler.profile(ordersTable(), "shop.orders", "price");
    }
    return withPrice;
  }

  /** The generated table (made once). */
  static synchronized Dataset<Row> ordersTable() {
    if (orders == null) {
      orders();
    }
    return orders;
  }

  @BeforeAll
  static void orders() {
    if (orders != null) {
      return;
    }
    StructType schema = new StructType().add("order_id", DataTypes.StringType).add("region", DataTypes.StringType)
        .add("quantity", DataTypes.IntegerType).add("weight", DataTypes.DoubleType)
        .add("fee_charged", DataTypes.DoubleType).add("price", DataTypes.DoubleType);
    Random rnd = new Random(7);
    List<Row> rows = new ArrayList<>();
    String[] regions = {"north", "south", "east", "west"};
    for (int i = 0; i < 988; i++) {
      String region = i % 20 == 3 ? null : regions[rnd.nextInt(4)];
      int quantity = i % 125 == 7 ? 10_000 + i : 1 + rnd.nextInt(9);
      double weight = 0.5 + rnd.nextDouble() * 4;
      double price = 20 + 3 * weight + (region == null ? 0 : region.length()) + rnd.nextGaussian() * 4;
      rows.add(RowFactory.create("o-" + i, region, quantity, weight, Math.round(price * 1.1 * 100) / 100.0, price));
    }
    for (int i = 0; i < 12; i++) {
      rows.add(rows.get(i * 50));
    }
    orders = TestSpark.session().createDataFrame(rows, schema);
  }

  @Test
  void writeTo_writesTheJsonAndThePage_andSaysWhereWhenItCannot() throws Exception {
    TableProfile profile = TableProfiler.profile(ordersTable().select("region", "quantity"), "shop.orders", null);
    java.nio.file.Path dir = TestSpark.newFolder("profile-write");
    org.apache.hadoop.conf.Configuration conf = TestSpark.session().sparkContext().hadoopConfiguration();

    String page = profile.writeTo(dir.resolve("shop.orders").toString(), conf);

    assertThat(java.nio.file.Path.of(page)).isEqualTo(dir.resolve("shop.orders").resolve(TableProfile.PAGE_NAME))
        .content().startsWith("<!DOCTYPE html>").contains("<h1>Profile of shop.orders</h1>")
        .contains("alt=\"Histogram of quantity\"");
    assertThat(new ObjectMapper().readTree(dir.resolve("shop.orders").resolve(TableProfile.FILE_NAME).toFile())
        .path("rows").asLong()).isEqualTo(1000);
    java.nio.file.Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
    assertThatThrownBy(() -> profile.writeTo(dir.resolve("blocked").toString(), conf))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("Could not write the profile of shop.orders under " + dir.resolve("blocked"));
  }

  @Test
  void profile_countsMissingDistinctDuplicates_andFlagsThePlantedOutliers() {
    TableProfile p = TableProfiler.profile(ordersTable(), "shop.orders", null);

    assertThat(p.rows()).isEqualTo(1_000);
    assertThat(p.duplicateRows()).isEqualTo(12);
    ColumnProfile region = p.column("region");
    assertThat(region.type()).isEqualTo("string");
    assertThat(region.missing()).isEqualTo(50);   // every 20th of the 988 generated (no repeated row lacks it)
    assertThat(region.missingPercent()).isCloseTo(5.0, within(1e-9));
    assertThat(region.distinct()).isEqualTo(4);
    assertThat(region.topValues()).hasSize(4);
    ColumnProfile quantity = p.column("quantity");
    assertThat(quantity.outliers()).isEqualTo(8);
    assertThat(quantity.numbers().get("max")).isEqualTo(10_882.0);
    assertThat(quantity.numbers().get("median")).isBetween(4.0, 6.0);
    assertThat(quantity.fences().get("upper")).isLessThan(20);
    assertThat(p.column("weight").outliers()).isZero();
    assertThat(p.column("weight").histogram().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
    assertThat(p.target()).isNull();
    assertThat(p.leakage()).isEmpty();
  }

  @Test
  void profile_withTarget_flagsThePlantedLeakageColumnOnly_andScoresAQuickModel() throws Exception {
    TableProfile p = withPriceTarget();

    assertThat(p.leakage()).containsExactly("fee_charged");
    assertThat(p.predictivePower().keySet().iterator().next()).isEqualTo("fee_charged");
    assertThat(p.predictivePower().get("fee_charged")).isGreaterThan(0.95);
    assertThat(p.predictivePower().get("weight")).isBetween(0.2, 0.9);
    assertThat(p.predictivePower().get("order_id")).as("an identifier predicts nothing").isZero();
    assertThat((Double) p.quickModel().get("r2")).isGreaterThan(0.5);

    JsonNode json = JSON.readTree(p.toJson());
    assertThat(json.path("leakage").get(0).asText()).isEqualTo("fee_charged");
    assertThat(json.path("columns")).hasSize(6);
    assertThat(json.path("columns").get(2).path("iqr_outliers").asLong()).isEqualTo(8);
    assertThat(json.path("duplicate_rows").asLong()).isEqualTo(12);
  }

  @Test
  void profile_categoricalTarget_usesClassPurity() {
    TableProfile p = TableProfiler.profile(orders.withColumn("region_code",
        org.apache.spark.sql.functions.upper(org.apache.spark.sql.functions.col("region"))), "shop.orders", "region");

    assertThat(p.leakage()).containsExactly("region_code");
    assertThat(p.quickModel()).containsKeys("accuracy", "baseline_accuracy");
  }

  @Test
  void sections_haveOneChartPerColumn() {
    List<ReportSection> sections = withPriceTarget().sections();

    assertThat(sections).hasSize(1 + 6);
    assertThat(sections.get(0).charts()).isEmpty();
    assertThat(sections.subList(1, 7)).allSatisfy(s -> assertThat(s.charts()).hasSize(1));
  }

  @Test
  void profile_unknownTarget_namesTheColumns() {
    assertThatThrownBy(() -> TableProfiler.profile(orders, "shop.orders", "cost"))
        .isInstanceOf(InvalidDataQualityOptionException.class)
        .hasMessageContaining("'cost' is not a column of shop.orders").hasMessageContaining("price");
  }
}
