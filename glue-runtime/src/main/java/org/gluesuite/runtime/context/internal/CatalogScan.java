package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;

/**
 * What a catalog read will touch, decided from the catalog alone before any file is listed: the table,
 * its format, and the partitions left after the push-down predicates (empty for unpartitioned tables).
 *
 * @param catalogPartitions how many partitions the catalog's {@code GetPartitions} returned (all of the table's when
 *     no predicate could be filtered there), before Spark SQL evaluated the rest of the push-down predicate
 */
public record CatalogScan(Table table, StorageFormat format, String pushDownPredicate, int catalogPartitions,
    List<Partition> partitions) {

  /** One folder to read and the partition values its records get (none for an unpartitioned table). */
  public record Folder(String location, Map<String, String> partitionValues) {
  }

  public CatalogScan {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(format, "format");
    partitions = List.copyOf(partitions);
  }

  public boolean partitioned() {
    return !table.partitionKeys().isEmpty();
  }

  /** The folders that will be read: one per selected partition, or the table's location. */
  public List<String> locations() {
    return folders().stream().map(Folder::location).toList();
  }

  /**
   * The folders with their partition values, keyed by the table's partition keys. A partition without a
   * location of its own lives where Glue would put it: {@code table/k1=v1/k2=v2}.
   */
  public List<Folder> folders() {
    if (!partitioned()) {
      return List.of(new Folder(table.storageDescriptor().location(), Map.of()));
    }
    List<Folder> folders = new ArrayList<>(partitions.size());
    for (Partition partition : partitions) {
      Map<String, String> values = new LinkedHashMap<>();
      StringBuilder inherited = new StringBuilder(table.storageDescriptor().location().replaceAll("/+$", ""));
      for (int i = 0; i < table.partitionKeys().size(); i++) {
        String key = table.partitionKeys().get(i).name();
        values.put(key, partition.values().get(i));
        inherited.append('/').append(key).append('=').append(partition.values().get(i));
      }
      folders.add(new Folder(partition.location() != null ? partition.location() : inherited.toString(), values));
    }
    return folders;
  }
}
