package org.gluesuite.bench.scenario;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.cli.GlueSuiteCli;

/**
 * From a fresh JVM to the first Spark stage of a small SQL job writing Parquet: the code run by a bare Spark
 * application (what {@code spark-submit} would start: a local session, the SQL, the write) vs {@code run-job} of the
 * generic SQL job doing the same (workspace, catalog, job arguments, run record, Lake Formation decision first).
 */
public final class JobStartupScenario implements Scenario {
  static final String SQL = "SELECT id, id % 7 AS k FROM range(100000)";

  @Override
  public String name() {
    return "job-startup";
  }

  @Override
  public String description() {
    return "a fresh JVM to the first Spark stage of `" + SQL + "` written as Parquet: a bare Spark application "
        + "(baseline, what spark-submit runs) vs `run-job glue-suite-sql --sql_query …` in a fresh workspace; the "
        + "time is JVM start to the first stage submitted, CPU the process's until then";
  }

  @Override
  public List<String> variants() {
    return List.of("bare-spark-submit", "glue-suite-run-job");
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    InputFolder.fresh(work.resolve("workspace"));
    InputFolder.fresh(work.resolve("out"));
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    FirstStageListener.install();
    Path target = work.resolve("out").resolve(variant + "-" + ProcessHandle.current().pid());
    if (variant.equals("bare-spark-submit")) {
      SparkSession spark = BenchSpark.session(work);
      spark.sql(SQL).write().parquet(target.toString());
    } else {
      int exit = GlueSuiteCli.execute("--workspace", work.resolve("workspace").toString(), "--master", "local[*]",
          "run-job", "glue-suite-sql", "--sql_query", SQL, "--target_path", target.toString());
      if (exit != 0) {
        throw new IllegalStateException("run-job glue-suite-sql exited with " + exit);
      }
    }
    timer.measured(FirstStageListener.sinceJvmStartMs(), FirstStageListener.cpuMs());
    return BenchSpark.session(work).read().parquet(target.toString()).count();
  }
}
