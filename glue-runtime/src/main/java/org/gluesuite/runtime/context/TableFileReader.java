package org.gluesuite.runtime.context;

import java.util.List;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;

/**
 * Reads the data files of a catalog table with the schema the catalog declares, taking format details
 * (CSV delimiter, quote, header) from the table's SerDe and parameters, as Glue's catalog reader does.
 */
final class TableFileReader {
  private final SparkSession spark;
  private final Table table;
  private final StorageFormat format;
  private final StructType schema;

  TableFileReader(SparkSession spark, Table table, StorageFormat format, StructType schema) {
    this.spark = spark;
    this.table = table;
    this.format = format;
    this.schema = schema;
  }

  Dataset<Row> read(List<String> folders, boolean recursive) {
    DataFrameReader reader = spark.read().format(format.classification()).schema(schema);
    if (recursive) {
      // An unpartitioned table's location may hold day folders; Glue reads them all (recurse).
      reader = reader.option("recursiveFileLookup", "true");
    }
    if (format == StorageFormat.CSV) {
      reader = csvOptions(reader);
    }
    if (format == StorageFormat.JSON) {
      reader = reader.option("mode", "PERMISSIVE");
    }
    return reader.load(folders.toArray(new String[0]));
  }

  private DataFrameReader csvOptions(DataFrameReader reader) {
    CsvTableFormat csv = CsvTableFormat.of(table);
    reader = reader.option("sep", String.valueOf(csv.separator())).option("quote", String.valueOf(csv.quote()))
        .option("header", String.valueOf(csv.header())).option("mode", "PERMISSIVE");
    return csv.escape() == null ? reader : reader.option("escape", String.valueOf(csv.escape()));
  }
}
