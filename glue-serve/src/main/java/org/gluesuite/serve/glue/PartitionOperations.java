package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;
import static org.gluesuite.serve.glue.GlueCatalogOperations.partitionErrors;

import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.PartitionUpdate;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * CreatePartition, GetPartition, GetPartitions (Glue's {@code Expression}, {@code Segment}, {@code ExcludeColumnSchema},
 * paging), UpdatePartition, DeletePartition and the four batches; each batch is one transaction of the catalog, so a
 * reader sees all of its applied entries or none.
 */
final class PartitionOperations {
  /** Glue's largest {@code GetPartitions} page ({@code PageSize}). */
  static final int PAGE_SIZE = 1000;
  private static final String KEY_SEPARATOR = "\u0001";

  private PartitionOperations() {
  }

  /** Glue's {@code PartitionValueList}. */
  @PascalCaseJson
  record Values(List<String> values) {
  }

  static void register(ServiceApi glue, EmbeddedCatalog catalog) {
    glue.register("CreatePartition", call -> {
      catalog.createPartition(call.string("DatabaseName"), call.string("TableName"),
          call.read("PartitionInput", PartitionInput.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetPartition", call -> output("Partition", catalog.getPartition(call.string("DatabaseName"),
        call.string("TableName"), call.readList("PartitionValues", String.class))));
    glue.register("GetPartitions", call -> getPartitions(call, catalog));
    glue.register("UpdatePartition", call -> {
      catalog.updatePartition(call.string("DatabaseName"), call.string("TableName"),
          call.readList("PartitionValueList", String.class), call.read("PartitionInput", PartitionInput.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("DeletePartition", call -> {
      catalog.deletePartition(call.string("DatabaseName"), call.string("TableName"),
          call.readList("PartitionValues", String.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("BatchCreatePartition", call -> partitionErrors(catalog.batchCreatePartition(
        call.string("DatabaseName"), call.string("TableName"), call.readList("PartitionInputList",
            PartitionInput.class)), "PartitionValues"));
    glue.register("BatchGetPartition", call -> {
      List<Partition> found = catalog.batchGetPartition(call.string("DatabaseName"), call.string("TableName"),
          values(call, "PartitionsToGet"));
      Map<String, Object> output = output("Partitions", found);
      output.put("UnprocessedKeys", List.of());
      return output;
    });
    glue.register("BatchUpdatePartition", call -> partitionErrors(catalog.batchUpdatePartition(
        call.string("DatabaseName"), call.string("TableName"), call.readList("Entries", PartitionUpdate.class)),
        "PartitionValueList"));
    glue.register("BatchDeletePartition", call -> partitionErrors(catalog.batchDeletePartition(
        call.string("DatabaseName"), call.string("TableName"), values(call, "PartitionsToDelete")),
        "PartitionValues"));
  }

  private static Object getPartitions(OperationCall call, EmbeddedCatalog catalog) {
    List<Partition> partitions = catalog.getPartitions(call.string("DatabaseName"), call.string("TableName"),
        call.optionalString("Expression").orElse(null));
    if (call.input().has("Segment")) {
      int number = call.input().path("Segment").path("SegmentNumber").asInt();
      int total = call.input().path("Segment").path("TotalSegments").asInt();
      if (number >= total) {
        throw ServeErrors.segmentOutOfRange(number, total);
      }
      // A stable hash of the values: the segments never overlap and together hold every partition.
      partitions = partitions.stream().filter(p -> Math.floorMod(key(p).hashCode(), total) == number).toList();
    }
    Pages.Page<Partition> page = Pages.of(partitions, PartitionOperations::key, call, PAGE_SIZE);
    List<Partition> items = page.items();
    if (call.flag("ExcludeColumnSchema")) {
      items = items.stream().map(PartitionOperations::withoutColumns).toList();
    }
    return page("Partitions", items, page.nextToken());
  }

  /** Values joined with U+0001, which sorts below every allowed character: the catalog's own order of partitions. */
  private static String key(Partition partition) {
    return String.join(KEY_SEPARATOR, partition.values());
  }

  private static Partition withoutColumns(Partition p) {
    return p.storageDescriptor() == null ? p : new Partition(p.databaseName(), p.tableName(), p.values(),
        p.storageDescriptor().withColumns(List.of()), p.parameters(), p.creationTime(), p.lastAccessTime());
  }

  private static List<List<String>> values(OperationCall call, String member) {
    return call.readList(member, Values.class).stream().map(Values::values).toList();
  }
}
