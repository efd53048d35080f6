package org.gluesuite.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.common.GlueSuiteUserException;

/**
 * {@code ./glue-suite bench [NAME…] [--smoke] [--runs N] [--work DIR] [--report FILE] [--no-report]}: runs the
 * scenarios (all by default), prints each run, writes {@code results.json} under the work folder and rewrites the
 * benchmark section of BENCHMARKS.md.
 */
public final class BenchMain {
  private BenchMain() {
  }

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (GlueSuiteUserException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  static int run(String[] args) {
    List<Scenario> chosen = new ArrayList<>();
    BenchSize size = BenchSize.FULL;
    Integer runs = null;
    Path home = Path.of(System.getenv().getOrDefault("GLUE_SUITE_HOME", ".")).toAbsolutePath().normalize();
    Path work = home.resolve("workspace/bench");
    Path report = home.resolve("BENCHMARKS.md");
    boolean writeReport = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          System.out.println(usage());
          return 0;
        }
        case "--smoke" -> size = BenchSize.SMOKE;
        case "--scale" -> size = BenchSize.full(Integer.parseInt(value(args, ++i, "--scale")));
        case "--runs" -> runs = Integer.parseInt(value(args, ++i, "--runs"));
        case "--work" -> work = Path.of(value(args, ++i, "--work")).toAbsolutePath();
        case "--report" -> report = Path.of(value(args, ++i, "--report")).toAbsolutePath();
        case "--no-report" -> writeReport = false;
        default -> {
          if (args[i].startsWith("-")) {
            throw new BenchErrors.BenchUsageException("Unknown option " + args[i] + ".\n" + usage());
          }
          chosen.add(Scenarios.require(args[i]));
        }
      }
    }
    if (chosen.isEmpty()) {
      Scenarios.names().forEach(n -> chosen.add(Scenarios.require(n)));
    }
    int runCount = runs == null ? size.runs() : runs;
    String load = BenchEnvironment.loadAverage();
    List<ScenarioResult> results = new BenchRunner(work, size, runCount, line -> System.out.println("» " + line))
        .run(chosen);
    BenchReport out = new BenchReport(BenchEnvironment.capture("./glue-suite bench " + String.join(" ", args),
        size, runCount, home, load), results);
    out.writeJson(work.resolve("results.json"));
    System.out.println();
    System.out.println(out.markdown());
    System.out.println("JSON: " + work.resolve("results.json"));
    if (writeReport) {
      out.rewrite(report);
      System.out.println("Rewrote the benchmark section of " + report);
    }
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new BenchErrors.BenchUsageException(option + " needs a value.\n" + usage());
    }
    return args[i];
  }

  static String usage() {
    return "Usage: bench [NAME...] [--smoke | --scale N] [--runs N] [--work DIR] [--report FILE] [--no-report]\n"
        + "Scenarios: " + String.join(", ", Scenarios.names()) + " (default: all).\n"
        + "--smoke runs tiny inputs once (a check that every scenario works, not a measurement).\n"
        + "--scale N multiplies the full size's rows by N (1 to 100; growth measurements).";
  }
}
