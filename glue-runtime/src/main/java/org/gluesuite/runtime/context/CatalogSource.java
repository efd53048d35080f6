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
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;

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
  private final String database;
  private final String tableName;
  private final String pushDownPredicate;
  private final String transformationContext;

  CatalogSource(SparkSession spark, DataCatalog catalog, String database, String tableName,
      String pushDownPredicate, String transformationContext) {
    this.spark = spark;
    this.catalog = catalog;
    this.database = database;
    this.tableName = tableName;
    this.pushDownPredicate = pushDownPredicate;
    this.transformationContext = transformationContext;
  }

  /** Spark SQL over the partition columns, evaluated on the partition list before any file is listed. */
  public CatalogSource pushDownPredicate(String predicate) {
    return new CatalogSource(spark, catalog, database, tableName, predicate, transformationContext);
  }

  /** The bookmark key of this read (Glue's {@code transformation_ctx}). */
  public CatalogSource transformationContext(String context) {
    return new CatalogSource(spark, catalog, database, tableName, pushDownPredicate, context);
  }

  public String transformationContext() {
    return transformationContext;
  }

  /** Looks the table up and prunes its partitions; lists and reads no data file. */
  public CatalogScan scan() {
    Table table = catalog.getTable(database, tableName);
    StorageFormat format = table.format().orElseThrow(() -> ContextErrors.tableHasNoFormat(table));
    if (table.storageDescriptor() == null || table.storageDescriptor().location() == null) {
      throw ContextErrors.tableHasNoLocation(table);
    }
    if (table.partitionKeys().isEmpty()) {
      if (pushDownPredicate != null && !pushDownPredicate.isBlank()) {
        throw ContextErrors.predicateOnNonPartitionColumn(table, pushDownPredicate,
            "the table has no partition columns", List.of());
      }
      return new CatalogScan(table, format, null, 0, List.of());
    }
    List<Partition> all = catalog.getPartitions(database, tableName);
    List<Partition> kept = PartitionPruner.prune(spark, table, all, pushDownPredicate);
    return new CatalogScan(table, format, pushDownPredicate, all.size(), kept);
  }

  /**
   * Glue's {@code getDynamicFrame()}: the table as a GlueFrame. JSON and CSV are read record by record, so
   * differing types become choices and malformed lines become error records (file and line); partition
   * columns come from the catalog partitions. {@code options} sets the read step's context and thresholds.
   */
  public GlueFrame getFrame(TransformOptions options) {
    return CatalogFrameReader.read(spark, this, scan(), options);
  }

  /** {@link #getFrame(TransformOptions)} with this source's transformation context and no error threshold. */
  public GlueFrame getFrame() {
    return getFrame(transformationContext == null ? TransformOptions.DEFAULT
        : TransformOptions.context(transformationContext));
  }

  /** Reads the table as a DataFrame with the catalog's schema: its columns in catalog order, then its partition keys. */
  public Dataset<Row> toDF() {
    return read(scan());
  }

  Dataset<Row> read(CatalogScan scan) {
    Table table = scan.table();
    StructType dataSchema = CatalogSchemas.toSpark(table.storageDescriptor().columns());
    TableFileReader reader = new TableFileReader(spark, table, scan.format(), dataSchema);
    if (!scan.partitioned()) {
      return reader.read(scan.locations(), true);
    }
    StructType fullSchema = dataSchema;
    for (org.gluesuite.catalog.Column key : table.partitionKeys()) {
      fullSchema = fullSchema.add(key.name(), CatalogSchemas.sparkType(key), true);
    }
    if (scan.partitions().isEmpty()) {
      return spark.createDataFrame(List.of(), fullSchema);
    }
    Map<String, Partition> byFolder = new LinkedHashMap<>();
    for (Partition partition : scan.partitions()) {
      String location = partition.location() != null ? partition.location()
          : defaultLocation(table, partition);
      byFolder.put(LakePaths.qualifiedFolder(location, spark.sparkContext().hadoopConfiguration()), partition);
    }
    Dataset<Row> data = reader.read(new ArrayList<>(byFolder.keySet()), false)
        .withColumn(FILE_FOLDER, functions.regexp_extract(functions.input_file_name(), "^(.*)/[^/]*$", 1));
    Dataset<Row> folders = folderValues(table, byFolder);
    List<Column> output = new ArrayList<>();
    for (StructField field : dataSchema.fields()) {
      output.add(data.col(field.name()));
    }
    for (org.gluesuite.catalog.Column key : table.partitionKeys()) {
      output.add(folders.col(key.name()).cast(CatalogSchemas.sparkType(key)).as(key.name()));
    }
    return data.join(functions.broadcast(folders), data.col(FILE_FOLDER).equalTo(folders.col(FILE_FOLDER)))
        .select(output.toArray(new Column[0]));
  }

  private Dataset<Row> folderValues(Table table, Map<String, Partition> byFolder) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE_FOLDER, DataTypes.StringType, false));
    for (org.gluesuite.catalog.Column key : table.partitionKeys()) {
      fields.add(DataTypes.createStructField(key.name(), DataTypes.StringType, true));
    }
    List<Row> rows = new ArrayList<>();
    byFolder.forEach((folder, partition) -> {
      Object[] values = new Object[fields.size()];
      values[0] = folder;
      for (int i = 0; i < partition.values().size() && i + 1 < values.length; i++) {
        values[i + 1] = partition.values().get(i);
      }
      rows.add(RowFactory.create(values));
    });
    return spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])));
  }

  /** Where Glue puts a partition that has no location of its own: {@code table/k1=v1/k2=v2}. */
  static String defaultLocation(Table table, Partition partition) {
    StringBuilder location = new StringBuilder(table.storageDescriptor().location().replaceAll("/+$", ""));
    for (int i = 0; i < table.partitionKeys().size(); i++) {
      location.append('/').append(table.partitionKeys().get(i).name()).append('=').append(partition.values().get(i));
    }
    return location.toString();
  }
}
