package org.gluesuite.bench.scenario;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.cli.GlueSuiteCli;

/**
 * From a fresh JVM to the first row of {@code SELECT 1}: a bare local Spark session vs {@code glue-suite query}
 * (its whole command: workspace, catalog, Lake Formation decision, Spark session, printing).
 */
public final class StartupScenario implements Scenario {
  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String description() {
    return "a fresh JVM to the first row of SELECT 1: a bare local Spark session (baseline) vs the CLI's "
        + "`query \"SELECT 1\"` in a fresh workspace";
  }

  @Override
  public List<String> variants() {
    return List.of("bare-spark", "glue-suite-query");
  }

  @Override
  public boolean wholeProcess() {
    return true;
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    InputFolder.fresh(work.resolve("workspace"));
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    timer.start();
    if (variant.equals("bare-spark")) {
      SparkSession spark = BenchSpark.session(work);
      long rows = spark.sql("SELECT 1").collectAsList().size();
      timer.stop();
      return rows;
    }
    int exit = GlueSuiteCli.execute("--workspace", work.resolve("workspace").toString(), "--master", "local[*]",
        "query", "SELECT 1");
    timer.stop();
    if (exit != 0) {
      throw new IllegalStateException("query \"SELECT 1\" exited with " + exit);
    }
    return 1;
  }
}
