package org.gluesuite.runtime.context;

import java.util.List;
import java.util.Objects;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;

/**
 * What a catalog read will touch, decided from the catalog alone before any file is listed: the table,
 * its format, and the partitions left after the push-down predicate (empty for unpartitioned tables).
 */
public record CatalogScan(Table table, StorageFormat format, String pushDownPredicate, int totalPartitions,
    List<Partition> partitions) {

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
    if (!partitioned()) {
      return List.of(table.storageDescriptor().location());
    }
    return partitions.stream().map(p -> p.storageDescriptor() != null && p.location() != null
        ? p.location() : null).filter(Objects::nonNull).toList();
  }
}
