package org.gluesuite.serve.athena;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/** Athena's saved queries ({@code Create/Get/List/DeleteNamedQuery}), kept while the endpoint runs. */
final class NamedQueries {
  private final Map<String, Map<String, Object>> byId = new ConcurrentHashMap<>();
  private final Map<String, String> requestTokens = new ConcurrentHashMap<>();

  void register(ServiceApi athena, UnaryOperator<String> workGroups) {
    athena.register("CreateNamedQuery", call -> create(call, workGroups));
    athena.register("GetNamedQuery", call -> Map.of("NamedQuery", get(call.string("NamedQueryId"))));
    athena.register("ListNamedQueries", call -> {
      String workGroup = workGroups.apply(call.optionalString("WorkGroup").orElse(AthenaOperations.PRIMARY));
      Pages.Page<Map<String, Object>> page = Pages.of(new ArrayList<>(byId.values()).stream()
          .filter(q -> q.get("WorkGroup").equals(workGroup)).toList(), q -> (String) q.get("NamedQueryId"), call, 50);
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("NamedQueryIds", page.items().stream().map(q -> q.get("NamedQueryId")).toList());
      output.put("NextToken", page.nextToken());
      return output;
    });
    athena.register("DeleteNamedQuery", call -> {
      String id = call.string("NamedQueryId");
      if (byId.remove(id) == null) {
        throw ServeErrors.namedQueryNotFound(id);
      }
      return Operation.NO_OUTPUT;
    });
  }

  private Object create(OperationCall call, UnaryOperator<String> workGroups) {
    String workGroup = workGroups.apply(call.optionalString("WorkGroup").orElse(AthenaOperations.PRIMARY));
    String token = call.optionalString("ClientRequestToken").orElse(null);
    if (token != null && requestTokens.containsKey(token)) {
      return Map.of("NamedQueryId", requestTokens.get(token));
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("Name", call.string("Name"));
    call.optionalString("Description").ifPresent(d -> query.put("Description", d));
    query.put("Database", call.string("Database"));
    query.put("QueryString", call.string("QueryString"));
    query.put("NamedQueryId", id);
    query.put("WorkGroup", workGroup);
    byId.put(id, Map.copyOf(query));
    if (token != null) {
      requestTokens.put(token, id);
    }
    return Map.of("NamedQueryId", id);
  }

  private Map<String, Object> get(String id) {
    Map<String, Object> query = byId.get(id);
    if (query == null) {
      throw ServeErrors.namedQueryNotFound(id);
    }
    return query;
  }
}
