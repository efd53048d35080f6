package org.gluesuite.runtime.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession the embedded default runs on: {@code local[*]} (or the given master), UTC,
 * the in-memory Spark catalog (our Glue catalog is the source of truth; no Hive/Derby start-up), and
 * all scratch space under the workspace instead of {@code /tmp}.
 *
 * <p>Only launchers call this. Job code receives its session and never assumes it is local, so the
 * same jar runs on AWS Glue, EMR or any cluster.
 */
public final class LocalSparkSessions {
  private LocalSparkSessions() {
  }

  public static SparkSession.Builder builder(String appName, String master, Path scratchDir) {
    String scratch = scratchDir.toAbsolutePath().toString();
    return SparkSession.builder()
        .appName(appName)
        .master(master)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.catalogImplementation", "in-memory")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.local.dir", scratch + "/spark-local")
        .config("spark.sql.warehouse.dir", scratch + "/spark-warehouse")
        .config("spark.hadoop.hadoop.tmp.dir", scratch + "/hadoop-tmp")
        // Partition values come from the Glue catalog and are strings; never let folder names be re-typed.
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.parquet.compression.codec", "snappy")
        // Dynamic overwrite replaces only the partitions a run writes: reruns converge, others survive.
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        // On a local disk, listing day folders on the driver beats one Spark task per folder.
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
        // One rename per task instead of two per file: daily partitions make many small files.
        .config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "2");
  }
}
