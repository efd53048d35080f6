package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.FileColumns;
import org.gluesuite.runtime.frame.FrameReaders;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.JsonReadOptions;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.bookmark.ListedFile;

/**
 * Reads a catalog scan into a GlueFrame. Self-describing formats (JSON, CSV) go through the frame readers,
 * so types that differ across records become choices and malformed lines become error records with their
 * file and line; each record gets its partition's values from the catalog. Parquet goes through Spark.
 */
public final class CatalogFrameReader {
  private CatalogFrameReader() {
  }

  public static GlueFrame read(SparkSession spark, CatalogTableReader source, CatalogScan scan, TransformOptions options) {
    Table table = scan.table();
    if (scan.format() != StorageFormat.JSON && scan.format() != StorageFormat.CSV) {
      return GlueFrame.fromDF(source.read(scan, source.selectFiles(scan).orElse(null)), table.qualifiedName());
    }
    Map<String, Map<String, String>> valuesByPartition = new HashMap<>();
    for (CatalogScan.Folder folder : scan.folders()) {
      valuesByPartition.put(CatalogTableReader.partitionName(folder.partitionValues()), folder.partitionValues());
    }
    List<String> files = new ArrayList<>();
    Map<String, Map<String, String>> columnsByFile = new HashMap<>();
    for (ListedFile file : source.select(scan)) {
      files.add(file.path());
      columnsByFile.put(file.path(), file.partition() == null ? Map.of()
          : valuesByPartition.getOrDefault(file.partition(), Map.of()));
    }
    if (files.isEmpty()) {
      return GlueFrame.fromDF(source.read(scan, List.of()), table.qualifiedName());
    }
    FileColumns fileColumns = FileColumns.byFile(table.partitionKeys().stream().map(Column::name).toList(),
        columnsByFile);
    if (scan.format() == StorageFormat.JSON) {
      return FrameReaders.json(spark, files, JsonReadOptions.DEFAULT, options, fileColumns);
    }
    return FrameReaders.csv(spark, files, csvOptions(table), options, fileColumns);
  }

  /** The frame reader's CSV options for a table: header lines are skipped, columns named by the catalog by position. */
  static CsvReadOptions csvOptions(Table table) {
    CsvTableFormat csv = CsvTableFormat.of(table);
    return new CsvReadOptions(csv.separator(), csv.quote(), csv.escape(), false, csv.header(), false,
        table.storageDescriptor().columns().stream().map(Column::name).toList());
  }
}
