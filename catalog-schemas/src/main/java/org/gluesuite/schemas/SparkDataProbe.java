package org.gluesuite.schemas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.frame.read.SourceFile;
import org.gluesuite.runtime.frame.read.SourceFiles;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * Reads the schema of the files under a table's location with Spark: Parquet and ORC from their footers, JSON
 * by inference over a sample, CSV from the header (names only). Partition folders are read recursively and
 * partition keys left out.
 */
public final class SparkDataProbe implements DataSchemaProbe {
  private final SparkSession spark;

  public SparkDataProbe(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public Optional<List<Column>> columns(Table table) {
    String location = table.storageDescriptor() == null ? null : table.storageDescriptor().location();
    Optional<StorageFormat> format = table.format();
    if (location == null || format.isEmpty()) {
      return Optional.empty();
    }
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return Optional.empty();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot look at " + location + ": " + e.getMessage(), e);
    }
    List<SourceFile> files = SourceFiles.list(List.of(location), spark.sparkContext().hadoopConfiguration());
    if (files.isEmpty()) {
      return Optional.empty();
    }
    DataFrameReader reader = spark.read().option("recursiveFileLookup", "true");
    StructType schema = switch (format.get()) {
      case JSON -> reader.option("samplingRatio", "0.05").json(location).schema();
      case CSV -> reader.option("header", "true").csv(location).schema();
      default -> reader.format(format.get().classification()).load(location).schema();
    };
    Set<String> keys = Set.copyOf(table.partitionKeys().stream().map(Column::name).toList());
    return Optional.of(SparkTypes.catalogColumns(schema, List.copyOf(keys)));
  }

  @Override
  public boolean typed(Table table) {
    return table.format().map(f -> f != StorageFormat.CSV).orElse(false);
  }
}
