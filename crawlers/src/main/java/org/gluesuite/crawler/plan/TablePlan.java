package org.gluesuite.crawler.plan;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.crawler.classify.Classification;
import org.gluesuite.crawler.classify.Compression;

/**
 * One table the crawl found: its base name (before prefix and clash suffix), location, merged columns,
 * partition keys and partitions, the format of its files, and statistics.
 */
public record TablePlan(String baseName, Path location, List<Field> columns, List<String> partitionKeys,
    List<PartitionPlan> partitions, Classification format, Compression compression, Stats stats) {

  /** A partition: its values (in key order), folder, own columns and statistics. */
  public record PartitionPlan(List<String> values, Path location, List<Field> columns, Stats stats) {
  }

  /** objectCount, recordCount and sizeKey over the files. */
  public record Stats(long objects, long records, long bytes) {
    public long averageRecordSize() {
      return records == 0 ? 0 : Math.round((double) bytes / records);
    }

    Stats plus(Stats other) {
      return new Stats(objects + other.objects, records + other.records, bytes + other.bytes);
    }
  }
}
