package org.gluesuite.serve.glue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.CatalogResource;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Registers the Data Catalog operations of AWS Glue on a {@link ServiceApi}, answered from an embedded catalog (one
 * SQLite transaction per call, per batch included), and the catalog's resource kinds on {@link TaggableResources}.
 */
public final class GlueCatalogOperations {
  private GlueCatalogOperations() {
  }

  public static void register(ServiceApi glue, EmbeddedCatalog catalog, TaggableResources taggables) {
    DatabaseOperations.register(glue, catalog);
    TableOperations.register(glue, catalog);
    PartitionOperations.register(glue, catalog);
    ConnectionOperations.register(glue, catalog);
    taggables.register("database", path -> catalog.getDatabase(single(path)))
        .register("table", path -> catalog.getTable(path.get(0), path.size() > 1 ? path.get(1) : ""))
        .register("connection", path -> catalog.getConnection(single(path)));
    TagOperations.register(glue, catalog, taggables);
  }

  private static String single(List<String> path) {
    return path.isEmpty() ? "" : String.join("/", path);
  }

  /** A response of one member. */
  static Map<String, Object> output(String member, Object value) {
    Map<String, Object> output = new LinkedHashMap<>();
    output.put(member, value);
    return output;
  }

  /** A page response: the items under {@code member}, and {@code NextToken} unless it is the last page. */
  static Map<String, Object> page(String member, List<?> items, String nextToken) {
    Map<String, Object> output = output(member, items);
    output.put("NextToken", nextToken);
    return output;
  }

  /** Glue's {@code ErrorDetail} of a batch entry. */
  static Map<String, Object> errorDetail(String code, String message) {
    Map<String, Object> detail = output("ErrorCode", code);
    detail.put("ErrorMessage", message);
    return detail;
  }

  /** Glue's {@code PartitionError}s, or for BatchUpdatePartition its failure entries, under {@code valuesMember}. */
  static Map<String, Object> partitionErrors(List<PartitionError> errors, String valuesMember) {
    return output("Errors", errors.stream().map(e -> {
      Map<String, Object> entry = output(valuesMember, e.partitionValues());
      entry.put("ErrorDetail", errorDetail(e.errorCode(), e.errorMessage()));
      return entry;
    }).toList());
  }

  /** The {@code Tags} member of a create call, applied to the new resource. */
  @SuppressWarnings("unchecked")
  static void tagOnCreate(OperationCall call, EmbeddedCatalog catalog, String resource) {
    Map<String, String> tags = call.read("Tags", Map.class);
    if (tags != null && !tags.isEmpty()) {
      catalog.tagResource(resource, tags);
    }
  }

}
