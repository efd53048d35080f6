package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceKind;
import org.gluesuite.runtime.bookmark.internal.SourceTracker;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.runtime.types.SparkTypes;
import org.gluesuite.runtime.lake.LakePaths;

/**
 * Reads the folders of a {@link CatalogScan}: lists their files, lets the run's bookmark choose among them (for a
 * read with a transformation context inside a job run), and reads them with the catalog's schema, each row getting
 * its partition's values from the catalog (not from folder names).
 */
public final class CatalogTableReader {
  private static final String FILE_FOLDER = "__source_folder";

  private final SparkSession spark;
  private final String sourceName;
  private final String transformationContext;
  private final BookmarkBand band;
  private final RunTransaction run;

  /**
   * @param sourceName the table as the job named it ({@code database.table}), the source of its bookmark
   * @param run the job run reading, or null outside a run (every file is read)
   */
  public CatalogTableReader(SparkSession spark, String sourceName, String transformationContext, BookmarkBand band,
      RunTransaction run) {
    this.spark = spark;
    this.sourceName = sourceName;
    this.transformationContext = transformationContext;
    this.band = band;
    this.run = run;
  }

  /**
   * The files this read processes when its run keeps a bookmark for its transformation context: each selected
   * partition's files, listed with their times and filtered by the bookmark. Empty when every file is read.
   */
  public Optional<List<String>> selectFiles(CatalogScan scan) {
    if (run == null || transformationContext == null || transformationContext.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(select(scan).stream().map(ListedFile::path).toList());
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
        sourceName, listed, partitions, listedAt, band));
  }

  static String partitionName(Map<String, String> values) {
    StringBuilder name = new StringBuilder();
    values.forEach((k, v) -> name.append(name.length() == 0 ? "" : "/").append(k).append('=').append(v));
    return name.toString();
  }

  /** Reads the scan's folders, or only {@code files} (a bookmark's selection) when given. */
  public Dataset<Row> read(CatalogScan scan, List<String> files) {
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
