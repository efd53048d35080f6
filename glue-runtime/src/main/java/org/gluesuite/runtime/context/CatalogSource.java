package org.gluesuite.runtime.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.TableRead;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceKind;
import org.gluesuite.runtime.bookmark.SourceTracker;
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
  private static final String FILE_FOLDER = "__source_folder";

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

  /** Looks the table up and prunes its partitions; lists and reads no data file. */
  public CatalogScan scan() {
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
    List<Partition> all = catalog.getPartitions(database, tableName);
    List<Partition> kept = PartitionPruner.prune(spark, table, all, predicate);
    return new CatalogScan(table, format, predicate, all.size(), kept);
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
   * columns come from the catalog partitions. {@code options} sets the read step's context and thresholds.
   */
  public GlueFrame getFrame(TransformOptions options) {
    AuthorizedScan authorized = authorizedScan();
    GlueFrame frame = CatalogFrameReader.read(spark, this, authorized.scan(), options);
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
    return getFrame(transformationContext == null ? TransformOptions.DEFAULT
        : TransformOptions.context(transformationContext));
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
      return read(scan, selectFiles(scan).orElse(null));
    }
    GlueFrame frame;
    try {
      frame = CatalogFrameReader.read(spark, this, scan, TransformOptions.thresholds(0, 0));
    } catch (ErrorThresholdExceededException e) {
      throw ContextErrors.malformedRowsInStrictRead(scan.table(), e);
    }
    TableSchema schema = TableSchema.of(scan.table());
    return TableShape.conform(frame.resolveChoice("match_catalog", schema, TransformOptions.DEFAULT).toDF(), schema);
  }

  /**
   * The files this read processes when its run keeps a bookmark for its transformation context: each selected
   * partition's files, listed with their times and filtered by the bookmark. Empty when every file is read.
   */
  java.util.Optional<List<String>> selectFiles(CatalogScan scan) {
    if (run == null || transformationContext == null || transformationContext.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(select(scan).stream().map(ListedFile::path).toList());
  }

  /** The bookmark's choice among the scan's files (every file when this run keeps no bookmark). */
  List<ListedFile> select(CatalogScan scan) {
    long listedAt = System.currentTimeMillis();
    org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<ListedFile> listed = new ArrayList<>();
    List<String> partitions = new ArrayList<>();
    for (CatalogScan.Folder folder : scan.folders()) {
      String partition = scan.partitioned() ? partitionName(folder.partitionValues()) : null;
      if (partition != null) {
        partitions.add(partition);
      }
      org.gluesuite.runtime.frame.read.SourceFiles.listWithTimes(List.of(folder.location()), hadoop)
          .forEach((file, time) -> listed.add(new ListedFile(file, time, partition)));
    }
    if (run == null) {
      return listed;
    }
    return run.sources().select(transformationContext, new SourceTracker.Listing(SourceKind.CATALOG,
        database + "." + tableName, listed, partitions, listedAt, band));
  }

  static String partitionName(Map<String, String> values) {
    StringBuilder name = new StringBuilder();
    values.forEach((k, v) -> name.append(name.length() == 0 ? "" : "/").append(k).append('=').append(v));
    return name.toString();
  }

  /** Reads the scan's folders, or only {@code files} (a bookmark's selection) when given. */
  Dataset<Row> read(CatalogScan scan, List<String> files) {
    Table table = scan.table();
    TableSchema schema = TableSchema.of(table);
    StructType dataSchema = SparkTypes.toSpark(schema.columnsType());
    StructType fullSchema = SparkTypes.toSpark(schema);
    if (files != null && files.isEmpty()) {
      return spark.createDataFrame(List.of(), fullSchema);
    }
    TableFileReader reader = new TableFileReader(spark, scan.format(), dataSchema);
    if (!scan.partitioned()) {
      return files == null ? reader.read(scan.locations(), true) : reader.read(files, false);
    }
    if (scan.partitions().isEmpty()) {
      return spark.createDataFrame(List.of(), fullSchema);
    }
    // Spark is given the locations as the catalog holds them; the qualified, URI-encoded form is only
    // for matching each file's folder (as Spark names it) back to its partition.
    List<String> locations = new ArrayList<>();
    Map<String, Map<String, String>> valuesByFolder = new LinkedHashMap<>();
    for (CatalogScan.Folder folder : scan.folders()) {
      locations.add(folder.location());
      valuesByFolder.put(LakePaths.qualifiedFolder(folder.location(), spark.sparkContext().hadoopConfiguration()),
          folder.partitionValues());
    }
    Dataset<Row> data = reader.read(files == null ? locations : files, false)
        .withColumn(FILE_FOLDER, functions.regexp_extract(functions.input_file_name(), "^(.*)/[^/]*$", 1));
    Dataset<Row> folders = folderValues(table, valuesByFolder);
    List<Column> output = new ArrayList<>();
    for (StructField field : dataSchema.fields()) {
      output.add(data.col(field.name()));
    }
    for (GlueType.Field key : schema.partitionKeys()) {
      output.add(folders.col(key.name()).cast(SparkTypes.toSpark(key.type())).as(key.name()));
    }
    // A file that matches no partition folder would silently lose its rows in a join: fail loudly instead.
    Column unmatched = functions.when(folders.col(FILE_FOLDER).isNull(), functions.raise_error(functions.concat(
        functions.lit("Cannot tell which partition of " + table.qualifiedName() + " the files in folder "),
        data.col(FILE_FOLDER), functions.lit(" belong to. Check the partition locations in the catalog."))));
    return data.join(functions.broadcast(folders), data.col(FILE_FOLDER).equalTo(folders.col(FILE_FOLDER)), "left")
        .where(unmatched.isNull())
        .select(output.toArray(new Column[0]));
  }

  private Dataset<Row> folderValues(Table table, Map<String, Map<String, String>> valuesByFolder) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE_FOLDER, DataTypes.StringType, false));
    for (org.gluesuite.catalog.Column key : table.partitionKeys()) {
      fields.add(DataTypes.createStructField(key.name(), DataTypes.StringType, true));
    }
    List<Row> rows = new ArrayList<>();
    valuesByFolder.forEach((folder, values) -> {
      Object[] row = new Object[fields.size()];
      row[0] = folder;
      for (int i = 0; i < table.partitionKeys().size(); i++) {
        row[i + 1] = values.get(table.partitionKeys().get(i).name());
      }
      rows.add(RowFactory.create(row));
    });
    return spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])));
  }
}
