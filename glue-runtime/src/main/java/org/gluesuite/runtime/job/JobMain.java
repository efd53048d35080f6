package org.gluesuite.runtime.job;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.CatalogLocation;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.aws.DataCatalogs;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;

/**
 * The {@code main} of a job jar run by {@code spark-submit --class …} or by AWS Glue ({@code --class},
 * {@code --extra-jars}): opens the catalog the required {@code --glue_suite_catalog} names (see
 * {@link CatalogLocation}: {@code embedded:DIR}, {@code glue}, {@code glue:https://ENDPOINT}, opened by
 * {@link DataCatalogs}), takes the session the platform made (or a local one when none is configured), and runs the
 * job through {@link JobRunner}.
 *
 * <pre>{@code public static void main(String[] args) { JobMain.run("clean", new CleanJob(), args); }}</pre>
 */
public final class JobMain {
  /** Selects the catalog; see {@link CatalogLocation}. */
  public static final String CATALOG_ARGUMENT = CatalogLocation.ARGUMENT;

  private JobMain() {
  }

  /**
   * @throws org.gluesuite.catalog.InvalidCatalogLocationException if {@code --glue_suite_catalog} is missing or
   *     malformed, before Spark starts
   */
  public static void run(String defaultJobName, GlueJob job, String[] args) {
    JobArguments arguments = JobArgumentParser.parse(args);
    CatalogLocation location = CatalogLocation.parse(arguments.getOrDefault(CATALOG_ARGUMENT, null));
    try (DataCatalog catalog = DataCatalogs.open(location)) {
      SparkSession.Builder builder = SparkSession.builder().appName(defaultJobName);
      if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
        builder = builder.master("local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      runner(GlueSuiteContext.create(spark, catalog), location).run(defaultJobName, job, arguments);
    }
  }

  /** The runner for jobs over the catalog at {@code location}, keeping run records where {@link #runStore} says. */
  public static JobRunner runner(GlueSuiteContext glue, CatalogLocation location) {
    return new JobRunner(glue, runStore(location));
  }

  /**
   * Where run records (and with them bookmarks and error records, see {@link RunnerSettings#forRunStore}) go: an
   * embedded catalog sits in a workspace ({@code <workspace>/catalog}), so in its {@code runs/jobs}; elsewhere
   * nothing is kept yet.
   */
  static JobRunStore runStore(CatalogLocation location) {
    if (location instanceof CatalogLocation.Embedded embedded) {
      Path workspace = embedded.directory().toAbsolutePath().getParent();
      return new FileJobRunStore(workspace.resolve("runs").resolve("jobs"));
    }
    return JobRunStore.none();
  }
}
