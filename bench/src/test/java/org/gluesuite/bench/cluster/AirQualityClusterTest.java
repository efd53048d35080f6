package org.gluesuite.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.cli.GlueSuiteCli;
import org.gluesuite.runtime.spark.LocalSparkSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The air-quality workflow's jobs on a real Spark standalone cluster (a master and two workers, separate JVMs on
 * loopback) produce exactly the rows of a {@code local[2]} run: the jobs keep no driver-only state and everything
 * they ship to executors serializes. Runs only with {@code mvn -Pcluster} (minutes, not a unit test).
 */
class AirQualityClusterTest {
  @TempDir
  Path temp;

  @Test
  void theWorkflowOnAStandaloneCluster_writesTheSameRowsAsTheLocalRun() throws Exception {
    Path local = temp.resolve("local");
    Path cluster = temp.resolve("cluster");
    String[] pipeline = {"run", "air-quality", "--days", "400", "--seed", "7"};

    assertThat(cli(local, "local[2]", pipeline)).as("local run").isZero();
    try (StandaloneCluster spark = new StandaloneCluster(temp.resolve("spark-cluster"), 2)) {
      System.setProperty("spark.executor.extraClassPath", spark.executorClassPath());
      System.setProperty("spark.executor.memory", "1g");
      try {
        assertThat(cli(cluster, spark.url(), pipeline)).as("cluster run (logs in %s)", temp.resolve("spark-cluster"))
            .isZero();
      } finally {
        System.clearProperty("spark.executor.extraClassPath");
        System.clearProperty("spark.executor.memory");
      }
      assertThat(executorLogs(temp.resolve("spark-cluster"))).as("executors ran in the workers' JVMs").isNotEmpty();
    }

    Path localLake = local.resolve("lake/airquality");
    Path clusterLake = cluster.resolve("lake/airquality");
    List<String> datasets = datasets(localLake);
    assertThat(datasets).as("curated outputs").contains("curated/no2_weather_daily")
        .isEqualTo(datasets(clusterLake));
    SparkSession spark = LocalSparkSessions.builder("compare", "local[2]", temp.resolve("compare")).getOrCreate();
    try {
      for (String dataset : datasets) {
        Dataset<Row> a = spark.read().parquet(localLake.resolve(dataset).toString());
        Dataset<Row> b = spark.read().parquet(clusterLake.resolve(dataset).toString());
        assertThat(b.schema()).as(dataset).isEqualTo(a.schema());
        assertThat(b.count()).as(dataset).isEqualTo(a.count()).isPositive();
        OutputComparison.assertSameRows(dataset, a, b);
      }
    } finally {
      spark.stop();
    }
    List<Path> metrics = metricsFiles(localLake);
    assertThat(metrics).as("metrics.json of the training job").isNotEmpty().isEqualTo(metricsFiles(clusterLake));
    for (Path file : metrics) {
      OutputComparison.assertSameJson(file.toString(), localLake.resolve(file), clusterLake.resolve(file));
    }
  }

  private static int cli(Path workspace, String master, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--workspace";
    all[1] = workspace.toString();
    all[2] = "--master";
    all[3] = master;
    System.arraycopy(args, 0, all, 4, args.length);
    return GlueSuiteCli.execute(all);
  }

  /**
   * Parquet datasets under {@code lake} (raw input and saved model stages excluded), as paths relative to it: each
   * partitioned folder once.
   */
  private static List<String> datasets(Path lake) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(lake)) {
      walk.filter(p -> p.toString().endsWith(".parquet")).forEach(file -> {
        Path dir = lake.relativize(file.getParent());
        int end = 0;
        while (end < dir.getNameCount() && !dir.getName(end).toString().contains("=")) {
          end++;
        }
        // Saved ML pipeline stages live in folders named by random UIDs (different in every run): compared are
        // the tables and the predictions, not the serialized stages.
        if (end > 0 && !dir.getName(0).toString().equals("raw") && !dir.toString().contains("/model/")) {
          out.add(dir.subpath(0, end).toString());
        }
      });
    }
    return List.copyOf(out);
  }

  private static List<Path> metricsFiles(Path lake) throws IOException {
    try (Stream<Path> walk = Files.walk(lake)) {
      return walk.filter(p -> p.getFileName().toString().equals("metrics.json")).map(lake::relativize).sorted()
          .toList();
    }
  }

  private static List<Path> executorLogs(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().equals("stderr") && p.toString().contains("worker-"))
          .toList();
    }
  }
}
