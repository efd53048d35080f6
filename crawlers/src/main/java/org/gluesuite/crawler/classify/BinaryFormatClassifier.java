package org.gluesuite.crawler.classify;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in Avro, ORC and Parquet classifiers: recognised by their magic bytes; the schema comes from
 * the file's own metadata (Avro header, ORC and Parquet footers), never from the data.
 */
public final class BinaryFormatClassifier implements FileClassifier {
  private static final byte[] AVRO = {'O', 'b', 'j', 1};
  private static final byte[] ORC = "ORC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PARQUET = "PAR1".getBytes(StandardCharsets.US_ASCII);

  /** Which format this instance recognises. */
  public enum Kind {
    AVRO("avro", "org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat",
        "org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat", "org.apache.hadoop.hive.serde2.avro.AvroSerDe"),
    ORC("orc", "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat", "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat",
        "org.apache.hadoop.hive.ql.io.orc.OrcSerde"),
    PARQUET("parquet", "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
        "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
        "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");

    final String classification;
    final StorageLayout layout;

    Kind(String classification, String input, String output, String serde) {
      this.classification = classification;
      this.layout = new StorageLayout(input, output, serde, Map.of("serialization.format", "1"));
    }
  }

  private final Kind kind;

  public BinaryFormatClassifier(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return kind.classification;
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    byte[] magic = switch (kind) {
      case AVRO -> AVRO;
      case ORC -> ORC;
      case PARQUET -> PARQUET;
    };
    if (sample.compression() != Compression.NONE || !sample.rawStartsWith(magic)) {
      return Optional.empty();
    }
    FileFooters.Footer footer = switch (kind) {
      case AVRO -> FileFooters.avro(sample.file());
      case ORC -> FileFooters.orc(sample.file());
      case PARQUET -> FileFooters.parquet(sample.file());
    };
    return Optional.of(new Classification(kind.classification, 1.0, footer.columns(), kind.layout, Map.of(),
        footer.rows(), name(), null));
  }
}
