package org.gluesuite.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gluesuite.jobs.airquality.GenerationSummary;
import org.gluesuite.jobs.shipping.ShippingGenerationSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scale}: more rows per day over the same days and files, deterministic from the seed. */
class SampleScaleTest {
  @TempDir
  Path temp;

  @Test
  void airQuality_scaleMultipliesTheStations_notTheDaysOrFiles() throws IOException {
    Pipeline air = PipelineRegistry.require("air-quality");
    GenerationSummary one = (GenerationSummary) air.generate(temp.resolve("a1"), new SampleRequest(5L, 3, 1)).details();
    GenerationSummary three = (GenerationSummary) air.generate(temp.resolve("a3"), new SampleRequest(5L, 3, 3))
        .details();
    assertThat(three.days()).isEqualTo(one.days());
    assertThat(three.openaqFiles()).isEqualTo(one.openaqFiles());
    // 4 -> 12 target stations; the two other cities (3 stations) stay as they are
    assertThat((double) three.measurementLines() / one.measurementLines()).isBetween(2.0, 3.0);
    assertThat(files(temp.resolve("a3"))).hasSameSizeAs(files(temp.resolve("a1")));
  }

  @Test
  void shipping_scaleMultipliesTheOrders_andTheSameSeedGivesTheSameFiles() throws IOException {
    Pipeline shipping = PipelineRegistry.require("shipping");
    ShippingGenerationSummary a = (ShippingGenerationSummary) shipping.generate(temp.resolve("s1"),
        new SampleRequest(9L, 30, 4)).details();
    shipping.generate(temp.resolve("s2"), new SampleRequest(9L, 30, 4));
    assertThat(a.orders()).isEqualTo(40_000);
    Path logs = Path.of("raw", "shipping_logs", "ShippingLogs.csv");
    assertThat(Files.mismatch(temp.resolve("s1").resolve(logs), temp.resolve("s2").resolve(logs))).isEqualTo(-1L);
  }

  @Test
  void aScaleOutOfRange_isRejectedNamingTheSetting() {
    assertThatThrownBy(() -> new SampleRequest(null, null, 0)).isInstanceOf(PipelineInputException.class)
        .hasMessageContaining("scale = 0").hasMessageContaining("between 1 and " + SampleRequest.MAX_SCALE);
    assertThatThrownBy(() -> new SampleRequest(null, null, SampleRequest.MAX_SCALE + 1))
        .hasMessageContaining("scale");
    assertThat(new SampleRequest(null, null, null).scaled(7)).isEqualTo(7);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
