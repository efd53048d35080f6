package org.gluesuite.runtime.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.TableRead;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.context.internal.CatalogFrameReader;
import org.gluesuite.runtime.context.internal.CatalogScan;
import org.gluesuite.runtime.context.internal.CatalogTableReader;
import org.gluesuite.runtime.context.internal.CatalogPrefilter;
import org.gluesuite.runtime.context.internal.PartitionPruner;
import org.gluesuite.runtime.context.internal.RunTransaction;
import org.gluesuite.runtime.frame.ErrorThresholdExceededException;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * A read of a Data Catalog table, like Glue's {@code getCatalogSource}. Immutable: each refinement
 * returns a new source. {@link #scan()} decides, from the catalog alone, which partitions are read;
 * {@link #toDF()} reads only those partition folders and adds the partition columns from the catalog
 * partitions' values (not from folder names), so {@code yyyy/mm/dd} folders get their key columns.
 */
public final class CatalogSource {
  private final SparkSession spark;
  private final DataCatalog catalog;
  private final AccessPolicy access;
  private final String database;
  private final String tableName;
  private final String pushDownPredicate;
  private final String catalogPartitionPredicate;
  private final String transformationContext;
  private final BookmarkBand band;
  private final RunTransaction run;

  CatalogSource(SparkSession spark, DataCatalog catalog, AccessPolicy access, String database, String tableName,
      RunTransaction run) {
    this(spark, catalog, access, database, tableName, null, null, null, BookmarkBand.DEFAULT, run);
  }

  private CatalogSource(SparkSession spark, DataCatalog catalog, AccessPolicy access, String database,
      String tableName, String pushDownPredicate, String catalogPartitionPredicate, String transformationContext,
      BookmarkBand band, RunTransaction run) {
    this.spark = spark;
    this.catalog = catalog;
    this.access = access;
    this.database = database;
    this.tableName = tableName;
    this.pushDownPredicate = pushDownPredicate;
    this.catalogPartitionPredicate = catalogPartitionPredicate;
    this.transformationContext = transformationContext;
    this.band = band;
    this.run = run;
  }

  /** Spark SQL over the partition columns, evaluated on the partition list before any file is listed. */
  public CatalogSource pushDownPredicate(String predicate) {
    return new CatalogSource(spark, catalog, access, database, tableName, predicate, catalogPartitionPredicate,
        transformationContext, band, run);
  }

  /** Glue's {@code maxBand} / {@code maxFilesInBand} additional options for this read's bookmark. */
  public CatalogSource bookmarkBand(BookmarkBand newBand) {
    return new CatalogSource(spark, catalog, access, database, tableName, pushDownPredicate, catalogPartitionPredicate,
        transformationContext, java.util.Objects.requireNonNull(newBand, "band"), run);
  }

  /**
   * Glue's {@code catalogPartitionPredicate}: a predicate the catalog applies to its partition list. Here the
   * catalog is local, so it prunes exactly like {@link #pushDownPredicate}; both may be given (they are ANDed).
   */
  public CatalogSource catalogPartitionPredicate(String predicate) {
    return new CatalogSource(spark, catalog, access, database, tableName, pushDownPredicate, predicate,
        transformationContext, band, run);
  }

  /** The bookmark key of this read (Glue's {@code transformation_ctx}). */
  public CatalogSource transformationContext(String context) {
    return new CatalogSource(spark, catalog, access, database, tableName, pushDownPredicate, catalogPartitionPredicate,
        context, band, run);
  }

  public String transformationContext() {
    return transformationContext;
  }

  /** Looks the table up and prunes its partitions; lists and reads no data file (what a read would touch). */
  CatalogScan scan() {
    return authorizedScan().scan();
  }

  /** A scan and what the access policy lets the principal see of it. */
  private record AuthorizedScan(CatalogScan scan, TableRead read) {
  }

  /** The access policy must allow the principal to read the table (else AccessDeniedException). */
  private AuthorizedScan authorizedScan() {
    Table table = catalog.getTable(database, tableName);
    TableRead read = access.authorizeRead(table);
    return new AuthorizedScan(prunedScan(table), read);
  }

  private CatalogScan prunedScan(Table table) {
    StorageFormat format = table.format().orElseThrow(() -> ContextErrors.tableHasNoFormat(table));
    if (table.storageDescriptor() == null || table.storageDescriptor().location() == null) {
      throw ContextErrors.tableHasNoLocation(table);
    }
    String predicate = combinedPredicate();
    if (table.partitionKeys().isEmpty()) {
      if (predicate != null) {
        throw ContextErrors.predicateOnNonPartitionColumn(table, predicate,
            "the table has no partition columns", List.of());
      }
      return new CatalogScan(table, format, null, 0, List.of());
    }
    // One GetPartitions: the catalog filters with catalogPartitionPredicate (Glue's server-side expression) and
    // with the push-down predicate when it means the same there; Spark SQL evaluates what is left on what it returned.
    Optional<String> pushedToCatalog = CatalogPrefilter.of(pushDownPredicate, table);
    List<String> expressions = new ArrayList<>();
    if (catalogPartitionPredicate != null && !catalogPartitionPredicate.isBlank()) {
      expressions.add(catalogPartitionPredicate);
    }
    pushedToCatalog.ifPresent(expressions::add);
    String expression = expressions.size() == 1 ? expressions.get(0)
        : expressions.isEmpty() ? null : "(" + String.join(") AND (", expressions) + ")";
    List<Partition> listed = catalog.getPartitions(database, tableName, expression);
    List<Partition> kept = pushedToCatalog.isPresent() ? listed
        : PartitionPruner.prune(spark, table, listed, pushDownPredicate);
    return new CatalogScan(table, format, predicate, listed.size(), kept);
  }

  private String combinedPredicate() {
    boolean push = pushDownPredicate != null && !pushDownPredicate.isBlank();
    boolean onCatalog = catalogPartitionPredicate != null && !catalogPartitionPredicate.isBlank();
    if (push && onCatalog) {
      return "(" + catalogPartitionPredicate + ") AND (" + pushDownPredicate + ")";
    }
    return push ? pushDownPredicate : onCatalog ? catalogPartitionPredicate : null;
  }

  /**
   * Glue's {@code getDynamicFrame()}: the table as a GlueFrame. JSON and CSV are read record by record, so
   * differing types become choices and malformed lines become error records (file and line); partition
   * columns come from the catalog partitions. {@code options} sets the read step's context and thresholds; its
   * context, if set, wins over this source's and is the bookmark key (as Glue's {@code transformation_ctx}).
   */
  public GlueFrame getFrame(TransformOptions options) {
    if (!options.transformationContext().isEmpty()
        && !options.transformationContext().equals(transformationContext)) {
      return transformationContext(options.transformationContext()).getFrame(options);
    }
    TransformOptions readOptions = transformationContext == null || !options.transformationContext().isEmpty()
        ? options : options.withContext(transformationContext);
    AuthorizedScan authorized = authorizedScan();
    GlueFrame frame = CatalogFrameReader.read(spark, tableReader(), authorized.scan(), readOptions);
    if (!authorized.read().restricted()) {
      if (run != null) {
        run.sourceRead(database + "." + tableName, frame);
      }
      return frame;
    }
    // Governed read: rows filtered and columns projected on the typed table. Error records are dropped, as their
    // raw text could carry filtered rows or excluded columns.
    Table table = authorized.scan().table();
    TableSchema schema = TableSchema.of(table);
    Dataset<Row> typed = TableShape.conform(frame.resolveChoice("match_catalog", schema, TransformOptions.DEFAULT)
        .toDF(), schema);
    return GlueFrame.fromDF(authorized.read().apply(typed), table.qualifiedName());
  }

  /** {@link #getFrame(TransformOptions)} with this source's transformation context and no error threshold. */
  public GlueFrame getFrame() {
    return getFrame(TransformOptions.DEFAULT);
  }

  /**
   * The table as a DataFrame with the catalog's schema: its columns in catalog order and types, then its
   * partition keys. Parquet (and ORC) are read by Spark. JSON and CSV go through the record readers, and
   * because a DataFrame has nowhere to keep bad rows, a malformed row fails the read naming the file and line
   * (use {@link #getFrame()} to keep bad rows as error records instead).
   */
  public Dataset<Row> toDF() {
    AuthorizedScan authorized = authorizedScan();
    return authorized.read().apply(unrestrictedDF(authorized.scan()));
  }

  private Dataset<Row> unrestrictedDF(CatalogScan scan) {
    if (scan.format() != StorageFormat.JSON && scan.format() != StorageFormat.CSV) {
      CatalogTableReader reader = tableReader();
      return reader.read(scan, reader.selectFiles(scan).orElse(null));
    }
    GlueFrame frame;
    try {
      // Glue's thresholds: 1 fails the read at its first error record.
      frame = CatalogFrameReader.read(spark, tableReader(), scan, TransformOptions.thresholds(1, 1));
      frame.schema();   // built first: its schema pass counts the error records the threshold check needs
      frame.assertErrorThreshold();
    } catch (ErrorThresholdExceededException e) {
      throw ContextErrors.malformedRowsInStrictRead(scan.table(), e);
    }
    TableSchema schema = TableSchema.of(scan.table());
    return TableShape.conform(frame.resolveChoice("match_catalog", schema, TransformOptions.DEFAULT).toDF(), schema);
  }

  private CatalogTableReader tableReader() {
    return new CatalogTableReader(spark, database + "." + tableName, transformationContext, band, run);
  }
}
