package org.gluesuite.runtime.context.internal;

import java.util.List;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.StorageFormat;

/**
 * Reads the data files of a catalog table stored in a format Spark reads natively (Parquet, ORC) with the
 * schema the catalog declares. JSON and CSV tables never come here: they go through the record readers
 * ({@link CatalogFrameReader}), which keep malformed rows as error records.
 */
final class TableFileReader {
  private final SparkSession spark;
  private final StorageFormat format;
  private final StructType schema;

  TableFileReader(SparkSession spark, StorageFormat format, StructType schema) {
    if (format == StorageFormat.JSON || format == StorageFormat.CSV) {
      throw new IllegalArgumentException(format + " tables are read by the record readers, not by Spark's");
    }
    this.spark = spark;
    this.format = format;
    this.schema = schema;
  }

  Dataset<Row> read(List<String> folders, boolean recursive) {
    DataFrameReader reader = spark.read().format(format.classification()).schema(schema);
    if (recursive) {
      // An unpartitioned table's location may hold day folders; Glue reads them all (recurse).
      reader = reader.option("recursiveFileLookup", "true");
    }
    return reader.load(folders.toArray(new String[0]));
  }
}
