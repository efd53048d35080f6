package org.gluesuite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario at the smoke size: the variants run and agree on their rows, and the report is written. No timing
 * is asserted. To stay well under a minute, the Spark scenarios run in this JVM (one Spark session); the start-up
 * scenario runs as the real command does, in child JVMs, so the child protocol is covered too.
 */
class BenchSmokeTest {
  @TempDir
  static Path work;

  @Test
  void everyScenarioRunsAtSmokeSize_theVariantsAgree_andTheReportIsRewrittenInPlace() throws IOException {
    List<String> ownJvm = List.of("startup", "job-startup");
    List<Scenario> inProcess = Scenarios.names().stream().filter(n -> !ownJvm.contains(n)).map(Scenarios::require)
        .toList();
    List<String> lines = new ArrayList<>();
    List<ScenarioResult> results = new ArrayList<>(new BenchRunner(work, BenchSize.SMOKE, 1, lines::add,
        BenchSmokeTest::inThisJvm).run(inProcess));
    results.addAll(new BenchRunner(work, BenchSize.SMOKE, 1, lines::add).run(ownJvm.stream().map(Scenarios::require)
        .toList()));

    Map<String, ScenarioResult> byName = results.stream()
        .collect(Collectors.toMap(ScenarioResult::scenario, Function.identity()));
    assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(Scenarios.names());
    for (ScenarioResult r : results) {
      assertThat(r.variants()).as(r.scenario()).hasSize(Scenarios.require(r.scenario()).variants().size());
      assertThat(r.variants()).allSatisfy(v -> assertThat(v.rows()).as(r.scenario() + "/" + v.variant()).isPositive());
    }
    // ETL: 3,000 lines minus duplicates, cancelled orders and missing amounts; the three engines agree (checked by
    // the runner) on a number strictly between
    assertThat(byName.get("etl").variants().get(0).rows()).isBetween(2_000L, 2_900L);
    assertThat(rows(byName.get("pushdown"), "all-days")).isEqualTo(12L * 20);
    assertThat(rows(byName.get("pushdown"), "one-day")).isEqualTo(20L);
    assertThat(rows(byName.get("csv-reader"), "frame")).isEqualTo(2_000L);
    assertThat(rows(byName.get("json-reader"), "frame")).isEqualTo(2_000L);
    assertThat(rows(byName.get("transforms"), "frame")).isEqualTo(2_000L);
    assertThat(byName.get("startup").variants().get(1).medianProcessMs()).isPositive();
    // JVM start to the first stage: both variants saw a stage, after the JVM had started, before it ended
    assertThat(byName.get("job-startup").variants()).allSatisfy(v -> assertThat(v.medianMs()).isPositive()
        .isLessThan(v.medianProcessMs()));
    assertThat(rows(byName.get("job-startup"), "glue-suite-run-job")).isEqualTo(100_000L);
    assertThat(byName.get("job-startup").variants()).allSatisfy(v -> assertThat(v.maxPeakRssMb()).isPositive());
    // 10 days × 20 rows, counted alike by the warm session and through the Athena API
    assertThat(rows(byName.get("interactive"), "athena-api-warm")).isEqualTo(200L);

    Path report = work.resolve("BENCHMARKS.md");
    Files.writeString(report, "# Benchmarks\n\nHand-written text stays.\n");
    BenchReport out = new BenchReport(BenchEnvironment.capture("bench --smoke", BenchSize.SMOKE, 1, work, "0"),
        results);
    out.rewrite(report);
    out.rewrite(report);
    String text = Files.readString(report);
    assertThat(text).startsWith("# Benchmarks\n\nHand-written text stays.\n")
        .contains("| etl | duckdb |").contains("| pushdown | one-day |").contains("Command: `bench --smoke`");
    assertThat(text.split(java.util.regex.Pattern.quote(BenchReport.START), -1)).as("one section after two rewrites")
        .hasSize(2);
    out.writeJson(work.resolve("results.json"));
    assertThat(Files.readString(work.resolve("results.json"))).contains("\"scenario\" : \"etl\"");
  }

  @Test
  void anUnknownScenario_isAUsageErrorListingTheScenarios() {
    assertThatThrownBy(() -> BenchMain.run(new String[] {"etl", "no-such"}))
        .isInstanceOf(BenchErrors.BenchUsageException.class)
        .hasMessageContaining("'no-such'").hasMessageContaining("pushdown");
  }

  private static long rows(ScenarioResult r, String variant) {
    return r.variants().stream().filter(v -> v.variant().equals(variant)).findFirst().orElseThrow().rows();
  }

  private static Measurement inThisJvm(Scenario scenario, String variant, int run, Path dir, BenchSize size, Path log) {
    ChildMain.SectionTimer timer = new ChildMain.SectionTimer();
    try {
      long rows = scenario.run(variant, dir, size, timer);
      return new Measurement(scenario.name(), variant, run, timer.wallMs(), timer.wallMs(), timer.cpuMs(), rows,
          ChildMain.peakRssMb());
    } catch (Exception e) {
      throw new AssertionError(scenario.name() + "/" + variant + " failed", e);
    }
  }
}
