package org.gluesuite.runtime.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * The job of the bookmark and crash tests: reads the JSON drops under {@code --landing} (recursively, bookmarked as
 * {@code landing}) and writes them as Parquet partitioned by {@code day} to {@code --output}, registered as
 * {@code drops.events}. {@code --write_mode} APPEND (default) or OVERWRITE_PARTITIONS; optional {@code --max_band}
 * (ms) and {@code --error_threshold}. {@link #main} runs it in a fresh JVM on {@code local[1]} in the workspace
 * {@code --workspace}, for the kill tests.
 */
public final class DropsJob implements GlueJob {
  public static final String NAME = "drops";

  public static void main(String[] args) throws Exception {
    JobArguments arguments = JobArgumentParser.parse(args);
    Path workspace = Path.of(arguments.get("workspace"));
    SparkSession spark = LocalSparkSessions.builder("drops", "local[1]", workspace.resolve("tmp"))
        .config("spark.sql.shuffle.partitions", "1").getOrCreate();
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      new JobRunner(GlueSuiteContext.create(spark, catalog),
          new FileJobRunStore(workspace.resolve("runs").resolve("jobs"))).run(NAME, new DropsJob(), arguments);
    }
    spark.stop();
    Files.writeString(workspace.resolve("child-finished"), "ok");
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("landing", "output");
    Map<String, String> connection = new java.util.HashMap<>(Map.of(
        "paths", "[\"" + args.get("landing") + "\"]", "recurse", "true"));
    args.find("max_band").ifPresent(band -> connection.put("maxBand", band));
    TransformOptions read = TransformOptions.context("landing");
    if (args.find("error_threshold").isPresent()) {
      long threshold = Long.parseLong(args.get("error_threshold"));
      read = read.withThresholds(threshold, threshold);
    }
    GlueFrame frame = context.glue().getSourceWithFormat("json", connection, Map.of()).getFrame(read);
    if (frame.schema().fields().isEmpty()) {
      return;
    }
    WriteMode mode = WriteMode.valueOf(args.getOrDefault("write_mode", "APPEND"));
    SinkOptions sink = SinkOptions.of(args.get("output"), StorageFormat.PARQUET).withPartitionKeys("day")
        .withWriteMode(mode).withCatalogUpdate("drops", "events", UpdateBehavior.UPDATE_IN_DATABASE);
    // The sink counts rows while it writes: no separate pass over the input.
    context.metrics().recordRead("landing", context.glue().getSinkWithFormat(sink).writeFrame(frame).rowsWritten());
  }
}
