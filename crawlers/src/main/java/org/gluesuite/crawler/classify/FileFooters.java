package org.gluesuite.crawler.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.TypeDescription;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeParser;

/** Schemas and row counts from the metadata of Parquet, ORC and Avro files (no data is read). */
final class FileFooters {
  private static final Configuration HADOOP = hadoop();

  private FileFooters() {
  }

  record Footer(List<Field> columns, long rows) {
  }

  private static Configuration hadoop() {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", "org.apache.hadoop.fs.LocalFileSystem");
    conf.setBoolean("fs.file.impl.disable.cache", false);
    return conf;
  }

  private static org.apache.hadoop.fs.Path hadoopPath(Path file) {
    return new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri());
  }

  // ---- Parquet ----------------------------------------------------------------------------------

  static Footer parquet(Path file) throws SkippedFileException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file), HADOOP))) {
      List<Field> columns = new ArrayList<>();
      for (Type field : reader.getFooter().getFileMetaData().getSchema().getFields()) {
        columns.add(new Field(field.getName().toLowerCase(Locale.ROOT), parquetType(field)));
      }
      return new Footer(columns, reader.getRecordCount());
    } catch (IOException | RuntimeException e) {
      throw new SkippedFileException("corrupt Parquet file: its footer cannot be read (" + e.getMessage() + ")");
    }
  }

  private static GlueType parquetType(Type type) {
    GlueType base = type.isPrimitive() ? parquetPrimitive(type.asPrimitiveType()) : parquetGroup(type.asGroupType());
    return type.isRepetition(Type.Repetition.REPEATED) ? new GlueType.ArrayType(base) : base;
  }

  private static GlueType parquetGroup(GroupType group) {
    LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
    if (annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && group.getFieldCount() == 1) {
      Type repeated = group.getType(0);
      Type element = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1
          ? repeated.asGroupType().getType(0) : repeated;
      GlueType elementType = element.isPrimitive() ? parquetPrimitive(element.asPrimitiveType())
          : parquetGroup(element.asGroupType());
      return new GlueType.ArrayType(elementType);
    }
    if ((annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
        || annotation instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) && group.getFieldCount() == 1
        && !group.getType(0).isPrimitive() && group.getType(0).asGroupType().getFieldCount() == 2) {
      GroupType kv = group.getType(0).asGroupType();
      return new GlueType.MapType(stripRepeat(kv.getType(0)), stripRepeat(kv.getType(1)));
    }
    List<Field> fields = new ArrayList<>();
    for (Type child : group.getFields()) {
      fields.add(new Field(child.getName().toLowerCase(Locale.ROOT), parquetType(child)));
    }
    return new GlueType.StructType(fields);
  }

  private static GlueType stripRepeat(Type type) {
    return type.isPrimitive() ? parquetPrimitive(type.asPrimitiveType()) : parquetGroup(type.asGroupType());
  }

  private static GlueType parquetPrimitive(org.apache.parquet.schema.PrimitiveType type) {
    LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
    if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
      return new GlueType.DecimalType(d.getPrecision(), d.getScale());
    }
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> PrimitiveType.BOOLEAN;
      case INT32 -> a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation ? PrimitiveType.DATE
          : a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && i.getBitWidth() == 8
              ? PrimitiveType.TINYINT
              : a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i2 && i2.getBitWidth() == 16
                  ? PrimitiveType.SMALLINT : PrimitiveType.INT;
      case INT64 -> a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ? PrimitiveType.TIMESTAMP
          : PrimitiveType.BIGINT;
      case INT96 -> PrimitiveType.TIMESTAMP;
      case FLOAT -> PrimitiveType.FLOAT;
      case DOUBLE -> PrimitiveType.DOUBLE;
      case BINARY, FIXED_LEN_BYTE_ARRAY -> a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
          || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
          || a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation ? PrimitiveType.STRING : PrimitiveType.BINARY;
    };
  }

  // ---- ORC --------------------------------------------------------------------------------------

  static Footer orc(Path file) throws SkippedFileException {
    try (Reader reader = OrcFile.createReader(hadoopPath(file), OrcFile.readerOptions(HADOOP))) {
      TypeDescription schema = reader.getSchema();
      List<Field> columns = new ArrayList<>();
      for (int i = 0; i < schema.getFieldNames().size(); i++) {
        columns.add(new Field(schema.getFieldNames().get(i).toLowerCase(Locale.ROOT),
            orcType(schema.getChildren().get(i))));
      }
      return new Footer(columns, reader.getNumberOfRows());
    } catch (IOException | RuntimeException e) {
      throw new SkippedFileException("corrupt ORC file: its footer cannot be read (" + e.getMessage() + ")");
    }
  }

  /** ORC writes Hive type names; the few Glue has no name for (uniontype, local time zone) are read as strings. */
  private static GlueType orcType(TypeDescription type) {
    try {
      return TypeParser.catalogType(type.toString());
    } catch (InvalidTypeException e) {
      return PrimitiveType.STRING;
    }
  }

  // ---- Avro -------------------------------------------------------------------------------------

  static Footer avro(Path file) throws SkippedFileException {
    try (InputStream in = Files.newInputStream(file);
        DataFileStream<GenericRecord> stream = new DataFileStream<>(in, new GenericDatumReader<>())) {
      Schema schema = stream.getSchema();
      long rows = 0;
      while (stream.hasNext()) {
        stream.nextBlock();
        rows += stream.getBlockCount();
      }
      List<Field> columns = new ArrayList<>();
      if (schema.getType() == Schema.Type.RECORD) {
        for (Schema.Field f : schema.getFields()) {
          columns.add(new Field(f.name().toLowerCase(Locale.ROOT), avroType(f.schema())));
        }
      } else {
        columns.add(new Field("value", avroType(schema)));
      }
      return new Footer(columns, rows);
    } catch (IOException | RuntimeException e) {
      throw new SkippedFileException("corrupt Avro file: its header cannot be read (" + e.getMessage() + ")");
    }
  }

  private static GlueType avroType(Schema s) {
    if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
      return new GlueType.DecimalType(d.getPrecision(), d.getScale());
    }
    return switch (s.getType()) {
      case RECORD -> {
        List<Field> fields = new ArrayList<>();
        s.getFields().forEach(f -> fields.add(new Field(f.name().toLowerCase(Locale.ROOT), avroType(f.schema()))));
        yield new GlueType.StructType(fields);
      }
      case ARRAY -> new GlueType.ArrayType(avroType(s.getElementType()));
      case MAP -> new GlueType.MapType(PrimitiveType.STRING, avroType(s.getValueType()));
      case UNION -> {
        List<Schema> nonNull = s.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
        yield nonNull.size() == 1 ? avroType(nonNull.get(0)) : PrimitiveType.STRING;
      }
      case INT -> s.getLogicalType() instanceof LogicalTypes.Date ? PrimitiveType.DATE : PrimitiveType.INT;
      case LONG -> s.getLogicalType() instanceof LogicalTypes.TimestampMillis
          || s.getLogicalType() instanceof LogicalTypes.TimestampMicros ? PrimitiveType.TIMESTAMP : PrimitiveType.BIGINT;
      case FLOAT -> PrimitiveType.FLOAT;
      case DOUBLE -> PrimitiveType.DOUBLE;
      case BOOLEAN -> PrimitiveType.BOOLEAN;
      case BYTES, FIXED -> PrimitiveType.BINARY;
      case STRING, ENUM, NULL -> PrimitiveType.STRING;
    };
  }
}
