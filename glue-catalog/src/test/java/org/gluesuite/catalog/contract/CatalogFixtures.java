package org.gluesuite.catalog.contract;

import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;

/** Intent-named inputs shared by the catalog tests. */
public final class CatalogFixtures {

  public static final String LOCATION = "s3://bucket/sales/orders/";

  private CatalogFixtures() {
  }

  /** A Parquet table with columns id, amount and partition keys year, month, day. */
  public static TableInput ordersTablePartitionedByDay(String name) {
    return TableInput.external(name, List.of(Column.of("id", "bigint"), Column.of("amount", "double")),
        List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string")),
        LOCATION, StorageFormat.PARQUET);
  }

  /** A CSV table without partition keys. */
  public static TableInput unpartitionedTable(String name) {
    return TableInput.external(name, List.of(Column.of("code", "string")), List.of(), "s3://bucket/ref/",
        StorageFormat.CSV);
  }

  /** A partition of {@link #ordersTablePartitionedByDay} in a yyyy/mm/dd folder. */
  public static PartitionInput dayPartition(String year, String month, String day) {
    StorageDescriptor sd = StorageDescriptor.of(List.of(), LOCATION + year + "/" + month + "/" + day + "/",
        StorageFormat.PARQUET);
    return new PartitionInput(List.of(year, month, day), sd, Map.of("source", "test"));
  }
}
