package org.gluesuite.cli;

import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.aws.DataCatalogs;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationPolicy;
import org.gluesuite.lakeformation.LakeFormationStore;
import org.gluesuite.runtime.lake.LakePaths;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunStore;
import org.gluesuite.runtime.spark.LocalSparkSessions;

/**
 * The embedded default: the workspace's catalog, opened at once (it is cheap), and a local Spark
 * session started only when a command needs one, so catalog commands answer without Spark.
 */
public final class LocalEnvironment implements AutoCloseable {
  private final Workspace workspace;
  private final String master;
  private final DataCatalog catalog;
  private final SparkProgress progress;
  private SparkSession spark;

  public LocalEnvironment(Workspace workspace, String master, Console console) {
    this.workspace = workspace.create();
    this.master = master;
    this.catalog = DataCatalogs.open(this.workspace.catalogLocation());
    this.progress = new SparkProgress(console);
  }

  /** Names the step that the Spark work from now on belongs to, for progress lines. */
  public void step(String name) {
    progress.step(name);
  }

  public Workspace workspace() {
    return workspace;
  }

  public DataCatalog catalog() {
    return catalog;
  }

  public synchronized SparkSession spark() {
    if (spark == null) {
      spark = LocalSparkSessions.builder("glue-suite", master, workspace.scratch())
          .config("spark.sql.shuffle.partitions", "8")
          // s3:// locations (deployed tables have them) are the lake's folders here, as for serve's S3.
          .config(LakePaths.LOCAL_LAKE_CONF, workspace.lake().toAbsolutePath().toString())
          .getOrCreate();
      spark.sparkContext().addSparkListener(progress);
    }
    return spark;
  }

  public GlueSuiteContext glue() {
    return GlueSuiteContext.create(spark(), catalog);
  }

  /** The workspace's Lake Formation state and audit log. */
  public LakeFormationStore lakeFormation() {
    return lakeFormation(workspace);
  }

  static LakeFormationStore lakeFormation(Workspace workspace) {
    return new LakeFormationStore(workspace.root().resolve("lakeformation"), workspace.lake());
  }

  /** Lake Formation enforcement for {@code principal} (an IAM ARN), as the workspace's grants say now. */
  public AccessPolicy accessPolicy(String principal) {
    return accessPolicy(workspace, catalog, principal);
  }

  static AccessPolicy accessPolicy(Workspace workspace, DataCatalog catalog, String principal) {
    LakeFormationStore store = lakeFormation(workspace);
    if (!store.exists()) {
      store.save(store.bundled());
    }
    return LakeFormationPolicy.create(store.load(), DataLakePrincipal.of(principal), catalog, store.auditLog());
  }

  public JobRunStore jobRuns() {
    return new FileJobRunStore(workspace.jobRuns());
  }

  @Override
  public synchronized void close() {
    progress.close();
    if (spark != null) {
      spark.stop();
      spark = null;
    }
    catalog.close();
  }
}
