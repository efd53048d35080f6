package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.jobs.pipeline.PipelineRegistry;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** {@code run shipping}'s data side without Spark: sample data, landing the user's files, and bad input. */
class ShippingPipelineTest {
  private final ShippingPipeline pipeline = new ShippingPipeline();

  private static String order(String date) {
    return ShippingTestData.order(9, 7, "BigBird", "Chicago", date, "o-" + date.replace('/', '-'), "p1");
  }

  @Test
  void registered_asShipping_withItsWorkflow() {
    assertThat(PipelineRegistry.require("shipping")).isInstanceOf(ShippingPipeline.class);
    assertThat(pipeline.workflowName()).isEqualTo("shipping");
    assertThat(Files.isRegularFile(Path.of("..", "workflows", "definitions", "shipping", "workflow.json"))).isTrue();
  }

  @Test
  void land_theSharedFiles_copiesThemIntoTheRawLayout() throws IOException {
    assumeTrue(ShippingTestData.sharedDataPresent(), "the shared shipping files are absent");
    Path root = TestSpark.newFolder("shipping-land");
    PreparedData landed = pipeline.land(ShippingTestData.sharedFolder(), root);

    LandingSummary summary = (LandingSummary) landed.details();
    assertThat(summary.orders()).isEqualTo(10_000);
    assertThat(summary.orderDates()).isEqualTo(730);
    assertThat(summary.ordersWithoutProduct()).isZero();
    assertThat(landed.description()).contains("10,000 orders on 730 dates");
    Path logs = root.resolve("raw/shipping_logs/ShippingLogs.csv");
    assertThat(Files.mismatch(logs, ShippingTestData.sharedFolder().resolve("ShippingLogs.csv"))).isEqualTo(-1L);
    assertThat(root.resolve("raw/product_descriptions/ProductDescriptions.csv")).isRegularFile();
  }

  @Test
  void generate_isDeterministicFromTheSeed_andItsFilesPassTheLandersChecks() throws IOException {
    Path a = TestSpark.newFolder("shipping-gen-a");
    Path b = TestSpark.newFolder("shipping-gen-b");
    Path c = TestSpark.newFolder("shipping-gen-c");
    pipeline.generate(a, new SampleRequest(7L, 60));
    pipeline.generate(b, new SampleRequest(7L, 60));
    pipeline.generate(c, new SampleRequest(8L, 60));
    Path logs = Path.of("raw", "shipping_logs", "ShippingLogs.csv");
    assertThat(Files.mismatch(a.resolve(logs), b.resolve(logs))).isEqualTo(-1L);
    assertThat(Files.mismatch(a.resolve(logs), c.resolve(logs))).isNotEqualTo(-1L);

    Path input = TestSpark.newFolder("shipping-gen-input");
    Files.copy(a.resolve(logs), input.resolve("ShippingLogs.csv"));
    Files.copy(a.resolve("raw/product_descriptions/ProductDescriptions.csv"),
        input.resolve("ProductDescriptions.csv"));
    LandingSummary landed = (LandingSummary) pipeline.land(input, TestSpark.newFolder("shipping-gen-land")).details();
    assertThat(landed.orders()).isEqualTo(10_000);
    assertThat(landed.orderDates()).isBetween(2, 60);
  }

  @Test
  void land_badFiles_failsNamingFileLineAndColumn_andWritesNothing() {
    Path input = ShippingTestData.folder("shipping-bad", List.of(order("1/2/21"), order("2021-01-03"),
        "9,7,BigBird,30", order("1/4/21").replace(",30,", ",thirty,")), List.of(ShippingTestData.product("p1", 14)));
    Path root = TestSpark.newFolder("shipping-bad-root");

    assertThatThrownBy(() -> pipeline.land(input, root)).isInstanceOf(GlueSuiteUserException.class)
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining("ShippingLogs.csv, line 3, column OrderDate: ")
        .hasMessageContaining("M/D/YY")
        .hasMessageContaining("ShippingLogs.csv, line 4: the line has 4 field(s) but the header has 12")
        .hasMessageContaining("ShippingLogs.csv, line 5, column YShippingDistance: ")
        .hasMessageContaining("Nothing was written");
    assertThat(root.resolve("raw")).doesNotExist();
  }

  @Test
  void land_aWrongHeader_namesTheMissingColumn() throws IOException {
    Path input = ShippingTestData.folder("shipping-header", List.of(order("1/2/21"), order("1/3/21")),
        List.of(ShippingTestData.product("p1", 14)));
    Path products = input.resolve("ProductDescriptions.csv");
    Files.writeString(products, Files.readString(products).replace(",PackageWeight", ",Weight"));

    assertThatThrownBy(() -> pipeline.land(input, TestSpark.newFolder("shipping-header-root")))
        .hasMessageContaining("ProductDescriptions.csv, line 1: the header lacks the column(s) [PackageWeight] and "
            + "has unknown column(s) [Weight]");
  }

  @Test
  void land_anEmptyFolder_orAnotherPipelinesFiles_failsBeforeWriting() throws IOException {
    Path empty = TestSpark.newFolder("shipping-empty");
    assertThatThrownBy(() -> pipeline.land(empty, TestSpark.newFolder("shipping-empty-root")))
        .isInstanceOf(GlueSuiteUserException.class).hasMessageContaining("holds no files")
        .hasMessageContaining("ShippingLogs.csv (header ActualShippingDays,");

    Path other = TestSpark.newFolder("shipping-other");
    Path beijing = other.resolve("PRSA_Data_Dongsi_20130301-20170228.csv");
    Files.writeString(beijing, "\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"NO2\",\"station\"\n"
        + "1,2013,3,1,0,4,7,\"Dongsi\"\n");
    assertThat(pipeline.recognizes(beijing)).isFalse();
    assertThat(pipeline.recognizes(ShippingTestData.folder("shipping-known", List.of(order("1/2/21")), List.of())
        .resolve("ShippingLogs.csv"))).isTrue();
    assertThatThrownBy(() -> pipeline.land(other, TestSpark.newFolder("shipping-other-root")))
        .hasMessageContaining("does not hold the shipping pipeline's ShippingLogs.csv")
        .hasMessageContaining("PRSA_Data_Dongsi_20130301-20170228.csv (header: No,year,month,day");
  }
}
