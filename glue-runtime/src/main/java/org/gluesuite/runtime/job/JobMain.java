package org.gluesuite.runtime.job;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.args.JobArgumentParser;
import org.gluesuite.runtime.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;

/**
 * The {@code main} of a job jar run by {@code spark-submit --class …} or by AWS Glue ({@code --class},
 * {@code --extra-jars}): takes the session the platform made (or a local one when none is configured),
 * opens the catalog named by the required {@code --glue_suite_catalog embedded:DIR}, and runs the job
 * through {@link JobRunner}.
 *
 * <pre>{@code public static void main(String[] args) { JobMain.run("clean", new CleanJob(), args); }}</pre>
 */
public final class JobMain {
  /** Selects the catalog: {@code embedded:DIR}. */
  public static final String CATALOG_ARGUMENT = "glue_suite_catalog";
  private static final String EMBEDDED = "embedded:";

  private JobMain() {
  }

  public static void run(String defaultJobName, GlueJob job, String[] args) {
    JobArguments arguments = JobArgumentParser.parse(args);
    String catalogSpec = arguments.getOrDefault(CATALOG_ARGUMENT, null);
    if (catalogSpec == null) {
      // A default relative to the driver's working directory would silently create an empty, throwaway
      // catalog on a cluster: make the choice explicit.
      throw new IllegalArgumentException("--" + CATALOG_ARGUMENT + " is required: it names the Data Catalog the "
          + "job reads and writes. Pass --" + CATALOG_ARGUMENT + " embedded:/path/to/workspace/catalog (the catalog "
          + "folder of a glue-suite workspace), or run the job locally with ./glue-suite run-job.");
    }
    if (!catalogSpec.startsWith(EMBEDDED)) {
      throw new IllegalArgumentException("--" + CATALOG_ARGUMENT + " '" + catalogSpec + "' is not supported: this build reads and writes the "
              + "embedded catalog only (embedded:DIR). The AWS Glue Data Catalog client comes with the SDK "
              + "deployer; until then run with --" + CATALOG_ARGUMENT + " embedded:/path/to/workspace/catalog.");
    }
    SparkSession.Builder builder = SparkSession.builder().appName(defaultJobName);
    if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
      builder = builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    Path catalogDir = Path.of(catalogSpec.substring(EMBEDDED.length()));
    try (DataCatalog catalog = EmbeddedCatalog.open(catalogDir)) {
      runner(GlueSuiteContext.create(spark, catalog), catalogDir).run(defaultJobName, job, args);
    }
  }

  /**
   * The runner for jobs over the embedded catalog in {@code catalogDir}: run records, bookmarks and error records go
   * in the workspace the catalog folder belongs to ({@code runs/jobs}, {@code bookmarks}, {@code errors}).
   */
  public static JobRunner runner(GlueSuiteContext glue, Path catalogDir) {
    return new JobRunner(glue, new FileJobRunStore(catalogDir.toAbsolutePath().getParent().resolve("runs")
        .resolve("jobs")));
  }
}
