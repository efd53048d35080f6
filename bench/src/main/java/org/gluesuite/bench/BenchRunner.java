package org.gluesuite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs scenarios: prepares each one's input once, then runs its variants in fresh JVMs, interleaved (run 1 of every
 * variant, then run 2, …) so that a change in the machine's load hits all variants alike.
 */
public final class BenchRunner {
  private final Path work;
  private final BenchSize size;
  private final int runs;
  private final Consumer<String> progress;
  private final Launcher launcher;

  /** Runs one variant once and measures it. */
  @FunctionalInterface
  public interface Launcher {
    Measurement run(Scenario scenario, String variant, int run, Path work, BenchSize size, Path log);
  }

  /** Every variant in a fresh JVM. */
  public BenchRunner(Path work, BenchSize size, int runs, Consumer<String> progress) {
    this(work, size, runs, progress, ChildJvm::run);
  }

  public BenchRunner(Path work, BenchSize size, int runs, Consumer<String> progress, Launcher launcher) {
    this.work = work.toAbsolutePath().normalize();
    this.size = size;
    this.runs = runs;
    this.progress = progress;
    this.launcher = launcher;
  }

  public List<ScenarioResult> run(List<Scenario> scenarios) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      results.add(run(scenario));
    }
    return results;
  }

  private ScenarioResult run(Scenario scenario) {
    Path dir = work.resolve(scenario.name());
    Path logs = dir.resolve("logs");
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + logs + ": " + e.getMessage(), e);
    }
    progress.accept(String.format("%s: preparing the input (%s size)", scenario.name(), size.name()));
    scenario.prepare(dir, size);
    Map<String, List<Measurement>> byVariant = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (String variant : scenario.variants()) {
        Measurement m = launcher.run(scenario, variant, run, dir, size,
            logs.resolve(variant + "-" + run + ".log"));
        progress.accept(String.format("%s/%s run %d: %,d ms timed, %,d ms process, %,d ms CPU, %,d rows",
            scenario.name(), variant, run, m.timedMs(), m.processMs(), m.cpuMs(), m.rows()));
        byVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(m);
      }
    }
    if (scenario.sameRows()) {
      checkSameRows(scenario, byVariant);
    }
    List<VariantStats> stats = new ArrayList<>();
    VariantStats baseline = null;
    for (Map.Entry<String, List<Measurement>> e : byVariant.entrySet()) {
      VariantStats s = VariantStats.of(e.getKey(), e.getValue(), scenario.wholeProcess(), baseline);
      baseline = baseline == null ? s : baseline;
      stats.add(s);
    }
    return new ScenarioResult(scenario.name(), scenario.description(), scenario.wholeProcess(), stats,
        byVariant.values().stream().flatMap(List::stream).toList());
  }

  /** Every run of every variant must have produced the same rows: otherwise they did different work. */
  private static void checkSameRows(Scenario scenario, Map<String, List<Measurement>> byVariant) {
    long distinct = byVariant.values().stream().flatMap(List::stream).mapToLong(Measurement::rows).distinct().count();
    if (distinct > 1) {
      StringBuilder counts = new StringBuilder();
      byVariant.forEach((v, ms) -> counts.append(counts.length() == 0 ? "" : ", ").append(v).append(' ')
          .append(ms.stream().map(m -> String.valueOf(m.rows())).toList()));
      throw BenchErrors.rowsDisagree(scenario.name(), counts.toString());
    }
  }
}
