package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.lakeformation.AuditEvent;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LfResource;
import org.gluesuite.lakeformation.RegisteredLocation;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * The data lake's settings and registered locations: {@code Get/PutDataLakeSettings}, {@code RegisterResource},
 * {@code DeregisterResource}, {@code ListResources}. Changes are for data lake administrators.
 */
final class ResourceOperations {
  private static final int DEFAULT_PAGE = 100;
  /** Settings the local model has no place for: refused when given a value, so nothing is silently dropped. */
  private static final List<String> UNMODELLED_SETTINGS = List.of("ReadOnlyAdmins", "CreateDatabaseDefaultPermissions",
      "CreateTableDefaultPermissions", "TrustedResourceOwners", "ExternalDataFilteringAllowList",
      "AuthorizedSessionTagValueList", "Parameters");

  private final LakeFormationState state;

  private ResourceOperations(LakeFormationState state) {
    this.state = state;
  }

  static void register(ServiceApi lakeFormation, LakeFormationState state) {
    ResourceOperations operations = new ResourceOperations(state);
    lakeFormation.register("GetDataLakeSettings", call -> operations.settings());
    lakeFormation.register("PutDataLakeSettings", operations::putSettings);
    lakeFormation.register("RegisterResource", operations::registerResource);
    lakeFormation.register("DeregisterResource", operations::deregisterResource);
    lakeFormation.register("ListResources", operations::listResources);
  }

  private Object settings() {
    LakeFormationModel model = state.read();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("DataLakeAdmins", model.admins().stream()
        .map(a -> Map.of("DataLakePrincipalIdentifier", a.identifier())).toList());
    // Locally a new database or table grants nobody anything implicitly (see the lakeformation README).
    settings.put("CreateDatabaseDefaultPermissions", List.of());
    settings.put("CreateTableDefaultPermissions", List.of());
    return Map.of("DataLakeSettings", settings);
  }

  private Object putSettings(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    JsonNode settings = call.input().path("DataLakeSettings");
    for (String member : UNMODELLED_SETTINGS) {
      if (settings.path(member).size() > 0) {
        throw ServeErrors.unmodelledSetting(member);
      }
    }
    List<DataLakePrincipal> admins = new ArrayList<>();
    for (JsonNode admin : settings.path("DataLakeAdmins")) {
      admins.add(DataLakePrincipal.of(admin.path("DataLakePrincipalIdentifier").asText(null)));
    }
    if (admins.isEmpty()) {
      throw ServeErrors.noDataLakeAdmins();
    }
    state.update(model -> {
      state.requireAdmin(model, caller, "PutDataLakeSettings");
      state.audit(AuditEvent.allowed(caller, "PUT_DATA_LAKE_SETTINGS", "catalog", "admins " + admins));
      return new LakeFormationModel(admins, model.locations(), model.tagKeys(), model.resourceTags(),
          model.filters(), model.grants());
    });
    return Operation.NO_OUTPUT;
  }

  private Object registerResource(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String arn = call.string("ResourceArn");
    String stored = LakeLocations.toStored(arn);
    if (call.flag("WithFederation") || call.flag("HybridAccessEnabled")) {
      throw ServeErrors.unmodelledRegistration(arn);
    }
    LakeFormationModel model = state.read();
    state.requireAdmin(model, caller, "RegisterResource");
    if (model.locations().stream().anyMatch(l -> l.resourceArn().equals(stored))) {
      throw ServeErrors.resourceAlreadyRegistered(arn);
    }
    state.add("RegisterResource", Map.of("RegisteredResources", List.of(Map.of("ResourceArn", stored))));
    state.audit(AuditEvent.allowed(caller, "REGISTER_RESOURCE", "data location " + arn, stored));
    return Operation.NO_OUTPUT;
  }

  /** Grants on the location go with it: the state keeps no grant on an unregistered location. */
  private Object deregisterResource(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    String arn = call.string("ResourceArn");
    String stored = LakeLocations.toStored(arn);
    state.update(model -> {
      state.requireAdmin(model, caller, "DeregisterResource");
      List<RegisteredLocation> left = model.locations().stream().filter(l -> !l.resourceArn().equals(stored)).toList();
      if (left.size() == model.locations().size()) {
        throw ServeErrors.resourceNotRegistered(arn);
      }
      state.audit(AuditEvent.allowed(caller, "DEREGISTER_RESOURCE", "data location " + arn, stored));
      return new LakeFormationModel(model.admins(), left, model.tagKeys(), model.resourceTags(), model.filters(),
          model.grants().stream().filter(g -> !(g.resource() instanceof LfResource.DataLocation l
              && l.resourceArn().equals(stored))).toList());
    });
    return Operation.NO_OUTPUT;
  }

  private Object listResources(OperationCall call) {
    List<String> arns = state.read().locations().stream().map(l -> LakeLocations.toAws(l.resourceArn()))
        .filter(arn -> matchesAll(arn, call.input().path("FilterConditionList"))).toList();
    Pages.Page<String> page = Pages.of(arns, arn -> arn, call, DEFAULT_PAGE);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("ResourceInfoList", page.items().stream().map(arn -> Map.of("ResourceArn", arn)).toList());
    output.put("NextToken", page.nextToken());
    return output;
  }

  /** {@code RESOURCE_ARN} conditions (EQ, NE, CONTAINS, NOT_CONTAINS, BEGINS_WITH, IN), ANDed. */
  private static boolean matchesAll(String arn, JsonNode conditions) {
    for (JsonNode condition : conditions) {
      String field = condition.path("Field").asText("");
      String operator = condition.path("ComparisonOperator").asText("");
      List<String> values = new ArrayList<>();
      condition.path("StringValueList").forEach(v -> values.add(v.asText()));
      if (!field.equals("RESOURCE_ARN")) {
        throw ServeErrors.unsupportedResourceFilter(field, operator);
      }
      String first = values.isEmpty() ? "" : values.get(0);
      boolean matches = switch (operator) {
        case "EQ" -> arn.equals(first);
        case "NE" -> !arn.equals(first);
        case "CONTAINS" -> arn.contains(first);
        case "NOT_CONTAINS" -> !arn.contains(first);
        case "BEGINS_WITH" -> arn.startsWith(first);
        case "IN" -> values.contains(arn);
        default -> throw ServeErrors.unsupportedResourceFilter(field, operator);
      };
      if (!matches) {
        return false;
      }
    }
    return true;
  }
}
