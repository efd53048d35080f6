package org.gluesuite.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file formats a table's {@code classification} parameter can name, with the Hive input/output
 * formats and SerDe that Glue writes for each, so that tables we create look like the ones Glue creates.
 */
public enum StorageFormat {
  PARQUET("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
      "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
      "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", Map.of("serialization.format", "1")),
  CSV("org.apache.hadoop.mapred.TextInputFormat",
      "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
      "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", Map.of("field.delim", ",")),
  JSON("org.apache.hadoop.mapred.TextInputFormat",
      "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
      "org.openx.data.jsonserde.JsonSerDe", Map.of("paths", "")),
  ORC("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat",
      "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat",
      "org.apache.hadoop.hive.ql.io.orc.OrcSerde", Map.of()),
  AVRO("org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat",
      "org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat",
      "org.apache.hadoop.hive.serde2.avro.AvroSerDe", Map.of());

  private final String inputFormat;
  private final String outputFormat;
  private final String serializationLibrary;
  private final Map<String, String> defaultSerDeParameters;

  StorageFormat(String inputFormat, String outputFormat, String serializationLibrary,
      Map<String, String> defaultSerDeParameters) {
    this.inputFormat = inputFormat;
    this.outputFormat = outputFormat;
    this.serializationLibrary = serializationLibrary;
    this.defaultSerDeParameters = defaultSerDeParameters;
  }

  /** The value of the {@code classification} table parameter: the name in lower case, e.g. {@code parquet}. */
  public String classification() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String inputFormat() {
    return inputFormat;
  }

  public String outputFormat() {
    return outputFormat;
  }

  public String serializationLibrary() {
    return serializationLibrary;
  }

  public Map<String, String> defaultSerDeParameters() {
    return defaultSerDeParameters;
  }

  public static Optional<StorageFormat> fromClassification(String classification) {
    if (classification == null) {
      return Optional.empty();
    }
    String wanted = classification.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.classification().equals(wanted)).findFirst();
  }
}
