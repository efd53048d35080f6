package org.gluesuite.bench.scenario;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * The one Spark session of a child JVM, with the settings of {@code ./glue-suite}'s own session (local[*], 8 shuffle
 * partitions), for every variant alike: the scenarios compare APIs, not settings.
 */
final class BenchSpark {
  private BenchSpark() {
  }

  static SparkSession session(Path work) {
    SparkSession spark = LocalSparkSessions.builder("glue-suite-bench", "local[*]", work.resolve("scratch"))
        .config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }

  /** The scenario's embedded catalog (made by prepare). */
  static DataCatalog catalog(Path work) {
    return EmbeddedCatalog.open(work.resolve("catalog"));
  }
}
