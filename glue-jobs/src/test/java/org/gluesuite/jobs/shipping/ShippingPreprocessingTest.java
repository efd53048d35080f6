package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.frame.GlueFrame;
import org.junit.jupiter.api.Test;

class ShippingPreprocessingTest {
  private static ShippingPreprocessing.Preprocessed preprocess(Path folder, double fraction) {
    return ShippingPreprocessing.preprocess(
        ShippingTestData.frame(folder.resolve(ShippingSource.SHIPPING_LOGS.fileName())), "ShippingLogs.csv",
        ShippingTestData.frame(folder.resolve(ShippingSource.PRODUCT_DESCRIPTIONS.fileName())),
        "ProductDescriptions.csv", fraction);
  }

  @Test
  void preprocess_sharedFiles_splitsAsTheSeed_at2021_10_21() {
    assumeTrue(ShippingTestData.sharedDataPresent(), "the shared shipping files are absent");
    ShippingPreprocessing.Preprocessed result = preprocess(ShippingTestData.sharedFolder(), 0.9);

    DateSplit split = result.split();
    assertThat(split.cutoff()).isEqualTo(LocalDate.of(2021, 10, 21));
    assertThat(split.trainingRows()).isEqualTo(9_005);
    assertThat(split.validationRows()).isEqualTo(995);
    assertThat(split.dates()).isEqualTo(730);

    Dataset<Row> rows = result.shipments().toDF();
    assertThat(Arrays.stream(rows.schema().fields()).map(f -> f.name() + ":" + f.dataType().simpleString()))
        .containsExactly("actual_shipping_days:int", "expected_shipping_days:int", "carrier:string",
            "y_shipping_distance:int", "x_shipping_distance:int", "in_bulk_order:string", "shipping_origin:string",
            "order_date:date", "order_id:string", "shipping_priority:string", "on_time_delivery:string",
            "product_id:string", "computer_brand:string", "computer_model:string", "screen_size:double",
            "package_weight:double", "split:string");
    assertThat(rows.groupBy("split").count().orderBy("split").collectAsList()).extracting(Row::toString)
        .containsExactly("[training,9005]", "[validation,995]");
    assertThat(rows.where("split = 'training' AND order_date > DATE'2021-10-21'").count()).isZero();
    assertThat(rows.where("computer_brand IS NULL").count()).as("every product is described").isZero();
    // a row of the file, checked value by value: 11,11,GlobalFreight,100,-44,Bulk Order,Atlanta,9/11/20,e6eeeb9c-…
    Row first = rows.where("order_id = 'e6eeeb9c-efe6-48db-b504-90447261f003'").first();
    assertThat(first.toString()).isEqualTo("[11,11,GlobalFreight,100,-44,Bulk Order,Atlanta,2020-09-11,"
        + "e6eeeb9c-efe6-48db-b504-90447261f003,Express,On Time,b35af302-9875-4471-8464-9d2645c27a4d,Bell,Base,"
        + "14.0,6.0,training]");
    assertThat(result.shipments().errorsCount()).isZero();
  }

  @Test
  void preprocess_leftJoin_keepsOrdersOfUndescribedProducts_withNullProductColumns() {
    Path folder = ShippingTestData.folder("ship-left", List.of(
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o1", "p1"),
        ShippingTestData.order(6, 6, "Shipper", "Seattle", "1/3/21", "o2", "p-missing")),
        List.of(ShippingTestData.product("p1", 14)));
    Dataset<Row> rows = preprocess(folder, 0.5).shipments().toDF();

    assertThat(rows.orderBy("order_id").select("order_id", "computer_brand", "screen_size", "split").collectAsList())
        .extracting(Row::toString).containsExactly("[o1,Bell,14.0,training]", "[o2,null,null,validation]");
  }

  @Test
  void preprocess_rowsWithBadValues_becomeErrorRecordsNamingTheColumn_andTheOthersGoOn() {
    Path folder = ShippingTestData.folder("ship-bad", List.of(
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o1", "p1"),
        ShippingTestData.order(6, 6, "Shipper", "Seattle", "2021-01-03", "o2", "p1"),
        "x,6,Shipper,1,1,Bulk Order,Seattle,1/4/21,o3,Air,On Time,p1",
        ShippingTestData.order(7, 6, "Shipper", "Seattle", "1/5/21", "o4", "p1")),
        List.of(ShippingTestData.product("p1", 14)));
    GlueFrame shipments = preprocess(folder, 0.5).shipments();

    assertThat(shipments.toDF().select("order_id").orderBy("order_id").collectAsList()).extracting(Row::toString)
        .containsExactly("[o1]", "[o4]");
    assertThat(shipments.errorsCount()).isEqualTo(2);
    List<String> messages = shipments.errorsAsDynamicFrame().toDF().collectAsList().stream()
        .map(Row::toString).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("column OrderDate: '2021-01-03' is not a date "
        + "written M/D/YY (month/day/two-digit year), such as 9/11/20 or 12/25/20"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains(
        "column ActualShippingDays: 'x' is not a whole number such as 12 or -44"));
  }

  @Test
  void preprocess_keepsTheLastDateForValidation_evenWhenTheFractionAsksForEverything() {
    Path folder = ShippingTestData.folder("ship-last", List.of(
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o1", "p1"),
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o2", "p1"),
        ShippingTestData.order(6, 6, "Shipper", "Seattle", "1/3/21", "o3", "p1")),
        List.of(ShippingTestData.product("p1", 14)));
    DateSplit split = preprocess(folder, 0.999).split();
    assertThat(split.cutoff()).isEqualTo(LocalDate.of(2021, 1, 2));
    assertThat(split.trainingRows()).isEqualTo(2);
    assertThat(split.validationRows()).isEqualTo(1);
  }

  @Test
  void preprocess_oneDate_failsBecauseTheSplitNeedsTwo() {
    Path folder = ShippingTestData.folder("ship-onedate", List.of(
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o1", "p1"),
        ShippingTestData.order(6, 6, "Shipper", "Seattle", "1/2/21", "o2", "p1")),
        List.of(ShippingTestData.product("p1", 14)));
    assertThatThrownBy(() -> preprocess(folder, 0.9)).isInstanceOf(ShippingDataException.class)
        .hasMessageStartingWith("The shipping logs have 1 distinct order date(s) with valid rows, but the split by a "
            + "date cutoff needs at least 2");
  }

  @Test
  void preprocess_repeatedProductIds_orAMissingColumn_fail_namingThem() {
    Path repeated = ShippingTestData.folder("ship-repeat", List.of(
        ShippingTestData.order(5, 4, "BigBird", "Chicago", "1/2/21", "o1", "p1")),
        List.of(ShippingTestData.product("p1", 14), ShippingTestData.product("p1", 15.6)));
    assertThatThrownBy(() -> preprocess(repeated, 0.9)).isInstanceOf(ShippingDataException.class)
        .hasMessageStartingWith("ProductDescriptions.csv holds product id(s) [p1] more than once");

    Path missing = TestFolders.withLogs("ship-missing", "ActualShippingDays,ExpectedShippingDays,Carrier",
        List.of("5,4,BigBird"));
    assertThatThrownBy(() -> preprocess(missing, 0.9)).isInstanceOf(ShippingDataException.class)
        .hasMessageContaining("ShippingLogs.csv lacks the column(s) [YShippingDistance, XShippingDistance, "
            + "InBulkOrder, ShippingOrigin, OrderDate, OrderID, ShippingPriority, OnTimeDelivery, ProductId] of "
            + "ShippingLogs.csv")
        .hasMessageContaining("Columns found: [ActualShippingDays, ExpectedShippingDays, Carrier]");
  }

  @Test
  void trainingFraction_mustBeANumberStrictlyBetween0And1() {
    assertThat(ShippingPreprocessing.trainingFraction(null)).isEqualTo(0.9);
    assertThat(ShippingPreprocessing.trainingFraction(" 0.8 ")).isEqualTo(0.8);
    assertThatThrownBy(() -> ShippingPreprocessing.trainingFraction("1"))
        .isInstanceOf(ShippingArgumentException.class)
        .hasMessage("Invalid --training_fraction '1.0': it must be between 0 and 1, both excluded (the seed's "
            + "default is 0.9).");
    assertThatThrownBy(() -> ShippingPreprocessing.trainingFraction("ninety"))
        .hasMessage("Invalid --training_fraction 'ninety': it must be a number between 0 and 1, e.g. 0.9 (the "
            + "seed's default).");
  }

  /** Folders with an arbitrary logs header (for broken-schema cases) and a valid products file. */
  static final class TestFolders {
    static Path withLogs(String prefix, String header, List<String> lines) {
      Path folder = ShippingTestData.folder(prefix, List.of(), List.of(ShippingTestData.product("p1", 14)));
      ShippingTestData.write(folder.resolve(ShippingSource.SHIPPING_LOGS.fileName()), header, lines);
      return folder;
    }
  }
}
