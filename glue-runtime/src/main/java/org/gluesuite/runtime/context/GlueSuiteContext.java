package org.gluesuite.runtime.context;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.WriteTarget;
import org.gluesuite.runtime.context.internal.RunTransaction;

/**
 * Our counterpart of Glue's {@code GlueContext}: catalog and file sources and sinks over one
 * SparkSession and one Data Catalog. Job code gets it from the launcher and never builds its own, so
 * the same job runs against the embedded catalog locally and the AWS Glue catalog in the cloud.
 */
public final class GlueSuiteContext {
  private final SparkSession spark;
  private final DataCatalog catalog;
  // The job run this context reads and writes for (null outside a run): its staged writes and their summaries
  // belong to the run, never to the context, so copies of a context (withAccessPolicy) share no mutable log.
  private final RunTransaction run;
  // Access control hook (Lake Formation): consulted by every source and sink of this context.
  private final AccessPolicy access;

  private GlueSuiteContext(SparkSession spark, DataCatalog catalog, AccessPolicy access, RunTransaction run) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.access = Objects.requireNonNull(access, "access");
    this.run = run;
  }

  /** A context outside any job run: its sinks publish when they write. */
  public static GlueSuiteContext create(SparkSession spark, DataCatalog catalog) {
    return new GlueSuiteContext(spark, catalog, AccessPolicy.ALLOW_ALL, null);
  }

  /** This context with reads and writes governed by {@code policy}; inside a job run, still that run's. */
  public GlueSuiteContext withAccessPolicy(AccessPolicy policy) {
    return new GlueSuiteContext(spark, catalog, policy, run);
  }

  public AccessPolicy accessPolicy() {
    return access;
  }

  /**
   * For launchers ({@code JobRunner}), not job code: the context a job run sees. Sources read what the run's
   * bookmark selects and report their frames; sinks stage into {@code run}, which publishes them, and keeps what
   * they wrote, when the launcher commits it. Shares the session and catalog.
   */
  public GlueSuiteContext forRun(RunTransaction run) {
    return new GlueSuiteContext(spark, catalog, access, Objects.requireNonNull(run, "run"));
  }

  public SparkSession spark() {
    return spark;
  }

  public DataCatalog catalog() {
    return catalog;
  }

  /** Glue's {@code getCatalogSource(database, tableName)}; refine with push-down predicate and context. */
  public CatalogSource getCatalogSource(String database, String tableName) {
    return new CatalogSource(spark, catalog, access, database, tableName, run);
  }

  /**
   * Glue's {@code getSourceWithFormat(connectionType="s3", options, format, formatOptions)}: files by path,
   * with Glue's string options, parsed and checked here.
   */
  public FileSource getSourceWithFormat(String format, Map<String, String> connectionOptions,
      Map<String, String> formatOptions) {
    return new FileSource(spark, access, FileSourceOptions.parse(format, connectionOptions, formatOptions), null, run);
  }

  /** Glue's {@code getSinkWithFormat}: a file sink with the given typed options. */
  public DataSink getSinkWithFormat(SinkOptions options) {
    return new DataSink(spark, catalog, access, options, run);
  }

  /** Glue's {@code getSinkWithFormat(connectionType="s3", options, format)} with Glue's string options. */
  public DataSink getSinkWithFormat(String format, Map<String, String> connectionOptions) {
    return getSinkWithFormat(SinkOptions.fromGlueOptions(format, connectionOptions));
  }

  /**
   * Glue's {@code getCatalogSink}: writes into an existing table's location, in its format and partition
   * keys. As in Glue, new partitions are registered only with {@code enableUpdateCatalog} (the table's
   * schema is kept either way: {@code updateBehavior LOG}).
   */
  public DataSink getCatalogSink(String database, String tableName, WriteMode mode, boolean enableUpdateCatalog) {
    Table table = catalog.getTable(database, tableName);
    access.authorizeWrite(new WriteTarget(table.storageDescriptor() == null ? "" : String.valueOf(
        table.storageDescriptor().location()), table.databaseName(), table.name(), false));
    StorageFormat format = table.format().orElseThrow(() -> ContextErrors.tableHasNoFormat(table));
    if (table.storageDescriptor() == null || table.storageDescriptor().location() == null) {
      throw ContextErrors.tableHasNoLocation(table);
    }
    SinkOptions options = SinkOptions.of(table.storageDescriptor().location(), format)
        .withPartitionKeys(table.partitionKeys().stream().map(Column::name).toArray(String[]::new))
        .withWriteMode(mode);
    return getSinkWithFormat(enableUpdateCatalog
        ? options.withCatalogUpdate(table.databaseName(), table.name(), UpdateBehavior.LOG) : options);
  }
}
