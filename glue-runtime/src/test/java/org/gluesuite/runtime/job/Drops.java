package org.gluesuite.runtime.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;

/** Fixtures for the bookmark tests: a workspace, daily JSON drops, and the rows an output folder holds. */
final class Drops {
  private Drops() {
  }

  /** Drop {@code n} of day {@code day}: {@code rows} records with ids {@code n*1000 + i}. */
  static Path drop(Path landing, int n, int day, int rows) {
    Path folder = landing.resolve(String.format("day=%02d", day));
    Path file = folder.resolve(String.format("drop-%03d.json", n));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      text.append(String.format("{\"id\": %d, \"day\": \"%02d\", \"v\": %d}%n", n * 1000 + i, day, (n * 7 + i) % 11));
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected rows of drops 1..n as "id,day,v", sorted. */
  static List<String> expected(int drops, int rows, java.util.function.IntUnaryOperator dayOf) {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= drops; n++) {
      for (int i = 0; i < rows; i++) {
        out.add(String.format("%d,%02d,%d", n * 1000 + i, dayOf.applyAsInt(n), (n * 7 + i) % 11));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** Every visible row of an output folder as "id,day,v", sorted (hidden _glue_* folders are skipped by Spark). */
  static List<String> rows(SparkSession spark, Path output) {
    if (!Files.exists(output)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Row row : spark.read().parquet(output.toString()).selectExpr("id", "day", "v").collectAsList()) {
      out.add(String.format("%d,%s,%d", ((Number) row.get(0)).longValue(), dayString(row.get(1)),
          ((Number) row.get(2)).longValue()));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static String dayString(Object day) {
    return day instanceof Number n ? String.format("%02d", n.intValue()) : String.valueOf(day);
  }

  /** {@link #args} parsed, as a launcher hands them to the runner. */
  static JobArguments arguments(Path workspace, String runId, String... extra) {
    return JobArgumentParser.parse(args(workspace, runId, extra));
  }

  static String[] args(Path workspace, String runId, String... extra) {
    List<String> args = new ArrayList<>(List.of("--JOB_NAME", DropsJob.NAME, "--JOB_RUN_ID", runId,
        "--landing", workspace.resolve("landing").toString(), "--output", workspace.resolve("out").toString(),
        "--workspace", workspace.toString()));
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }
}
