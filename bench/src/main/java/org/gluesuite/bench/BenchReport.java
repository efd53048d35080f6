package org.gluesuite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as JSON and as a Markdown section of BENCHMARKS.md, between two marker comments so that a new run
 * replaces the last one's section and leaves the hand-written rest of the file alone.
 */
public final class BenchReport {
  static final String START = "<!-- bench:start (written by the bench command; edits between the markers are lost) -->";
  static final String END = "<!-- bench:end -->";

  private final BenchEnvironment environment;
  private final List<ScenarioResult> results;

  public BenchReport(BenchEnvironment environment, List<ScenarioResult> results) {
    this.environment = environment;
    this.results = results;
  }

  public void writeJson(Path file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("environment", environment);
    json.put("scenarios", results);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## Benchmark suite: our frame API vs plain Spark vs DuckDB (issue 15)\n\n");
    md.append("Command: `").append(environment.command()).append("`  \n");
    md.append("Commit ").append(environment.commit()).append(", ").append(environment.date()).append(", size **")
        .append(environment.size()).append("**, ").append(environment.runs()).append(" run(s) per variant, each in a "
            + "fresh JVM, variants interleaved.  \n");
    md.append("Machine: ").append(environment.machine()).append("; load average at the start ")
        .append(environment.loadAtStart()).append(", at the end ").append(environment.loadAtEnd()).append(".  \n");
    md.append("Versions: ").append(environment.versions()).append(".\n\n");
    md.append("Times are medians (min–max) of the runs. Except where a scenario says otherwise, the time is the "
        + "timed section inside the child JVM (input read to output written; JVM and Spark start-up excluded, as "
        + "every variant pays them); CPU is the child process's CPU during that section; peak RSS is the largest "
        + "of the runs' peak resident memory (whole child process). Ratios divide by the scenario's first "
        + "variant, measured side by side in this run: absolute times on a shared machine are noisy, ratios less "
        + "so.\n\n");
    md.append("| scenario | variant | rows | median ms (min–max) | ratio | CPU ms | CPU ratio | process ms | peak RSS MB |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ScenarioResult r : results) {
      for (VariantStats v : r.variants()) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d (%,d–%,d) | %s | %,d | %s | %,d | %,d |\n",
            r.scenario(), v.variant(), v.rows(), v.medianMs(), v.minMs(), v.maxMs(),
            v == r.variants().get(0) ? "1.00" : String.format(Locale.ROOT, "**%.2f**", v.ratio()),
            v.medianCpuMs(), String.format(Locale.ROOT, "%.2f", v.cpuRatio()), v.medianProcessMs(), v.maxPeakRssMb()));
      }
    }
    md.append("\nScenarios:\n");
    for (ScenarioResult r : results) {
      md.append("- `").append(r.scenario()).append("`: ").append(r.description())
          .append(r.wholeProcess() ? " (whole process: JVM start to exit)" : "").append('\n');
    }
    return md.toString();
  }

  /** Replaces the section between the markers in {@code file}, or appends it (with markers) if there is none. */
  public void rewrite(Path file) {
    try {
      String old = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
      String section = START + "\n" + markdown() + END;
      int start = old.indexOf(START);
      int end = old.indexOf(END);
      String updated = start >= 0 && end > start
          ? old.substring(0, start) + section + old.substring(end + END.length())
          : old + (old.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
      Files.writeString(file, updated);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not rewrite " + file + ": " + e.getMessage(), e);
    }
  }
}
