package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.gluesuite.serve.bench.ServeLoadBenchmark;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.Test;

/**
 * A few seconds of {@link ServeLoadBenchmark}: concurrent clients reading and writing never see an error and leave the
 * catalog consistent (no lost or half-applied batch, one version per acknowledged update). Speed is the benchmark's
 * business (BENCHMARKS.md), not this test's.
 */
class ServeLoadSmokeTest {
  @Test
  void concurrentReadsAndWrites_leaveNoErrorAndAConsistentCatalog() throws Exception {
    try (ServeFixture serve = ServeFixture.start()) {
      ServeLoadBenchmark.Result result = ServeLoadBenchmark.run(serve, 4, 3);

      assertThat(result.errors()).isEmpty();
      assertThat(result.inconsistencies()).isEmpty();
      assertThat(result.reads().count()).isPositive();
      assertThat(result.writes().count()).isPositive();
    }
  }
}
