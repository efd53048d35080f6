package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.lakeformation.AuditEvent;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationErrors;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LfDefinitions;
import org.gluesuite.lakeformation.LfJson;
import org.gluesuite.lakeformation.LfResource;
import org.gluesuite.lakeformation.PermissionEvaluator;
import org.gluesuite.lakeformation.PrincipalPermissions;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * {@code GrantPermissions}, {@code RevokePermissions}, their batch forms and {@code ListPermissions}. A grant is
 * parsed by the definitions' own reader (so the API and {@code lakeformation/definitions} accept the same grants)
 * and allowed as the CLI allows it: data lake administrators, or a grantor holding every permission with the grant
 * option on the resource. Every decision is audited.
 */
final class PermissionOperations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_PAGE = 100;

  private final LakeFormationState state;

  private PermissionOperations(LakeFormationState state) {
    this.state = state;
  }

  static void register(ServiceApi lakeFormation, LakeFormationState state) {
    PermissionOperations operations = new PermissionOperations(state);
    lakeFormation.register("GrantPermissions", call -> operations.change(call, call.input(), true));
    lakeFormation.register("RevokePermissions", call -> operations.change(call, call.input(), false));
    lakeFormation.register("BatchGrantPermissions", call -> operations.batch(call, true));
    lakeFormation.register("BatchRevokePermissions", call -> operations.batch(call, false));
    lakeFormation.register("ListPermissions", operations::list);
  }

  private Object change(OperationCall call, JsonNode request, boolean grant) {
    DataLakePrincipal caller = Callers.principal(call);
    state.update(model -> apply(model, caller, parse(call.operation(), request, model), grant));
    return Operation.NO_OUTPUT;
  }

  /** Applies each entry on its own; failed entries are reported, the others saved together. */
  private Object batch(OperationCall call, boolean grant) {
    DataLakePrincipal caller = Callers.principal(call);
    List<Map<String, Object>> failures = new ArrayList<>();
    state.update(model -> {
      LakeFormationModel updated = model;
      for (JsonNode entry : call.input().path("Entries")) {
        try {
          ObjectNode request = entry.deepCopy();
          request.remove("Id");
          updated = apply(updated, caller, parse(call.operation(), request, updated), grant);
        } catch (GlueSuiteException e) {
          Map<String, Object> failure = new LinkedHashMap<>();
          failure.put("RequestEntry", entry);
          failure.put("Error", Map.of("ErrorCode", e.errorCode(), "ErrorMessage", e.getMessage()));
          failures.add(failure);
        }
      }
      return updated;
    });
    return Map.of("Failures", failures);
  }

  private PrincipalPermissions parse(String operation, JsonNode request, LakeFormationModel model) {
    JsonNode stored = LakeLocations.rewriteArns(request.deepCopy(), LakeLocations::toStored);
    return LfDefinitions.grant(LakeFormationState.node("the " + operation + " request", stored), model);
  }

  private LakeFormationModel apply(LakeFormationModel model, DataLakePrincipal caller, PrincipalPermissions change,
      boolean grant) {
    String action = grant ? "GRANT" : "REVOKE";
    String resource = change.resource().describe();
    new PermissionEvaluator(model).missingGrantOption(caller, change).ifPresent(missing -> {
      state.audit(AuditEvent.denied(caller, action, resource, "no grant option on " + missing));
      throw LakeFormationErrors.grantNotAllowed(caller, missing, resource);
    });
    LakeFormationModel updated = grant ? model.withGrant(change) : model.withoutGrant(change);
    if (!grant && updated.equals(model)) {
      throw ServeErrors.nothingRevoked(change.principal().identifier(), resource);
    }
    state.audit(AuditEvent.allowed(caller, action, resource, change.principal() + " " + change.permissions()));
    return updated;
  }

  /** Administrators list every grant, others their own; filtered by principal, resource type and resource. */
  private Object list(OperationCall call) {
    DataLakePrincipal caller = Callers.principal(call);
    LakeFormationModel model = state.read();
    String principal = call.input().path("Principal").path("DataLakePrincipalIdentifier").asText(null);
    String type = call.optionalString("ResourceType").orElse(null);
    JsonNode resource = call.input().get("Resource");
    Map<String, Object> wanted = resource == null ? null : JSON.convertValue(
        LakeLocations.rewriteArns(resource.deepCopy(), LakeLocations::toStored), Map.class);
    List<PrincipalPermissions> grants = model.grants().stream()
        .filter(g -> model.isAdmin(caller) || g.principal().equals(caller))
        .filter(g -> principal == null || g.principal().identifier().equals(principal))
        .filter(g -> type == null || typeMatches(type, resourceType(g.resource())))
        .filter(g -> wanted == null || ResourceMatch.matches(wanted, LfJson.resource(g.resource())))
        .toList();
    Pages.Page<PrincipalPermissions> page = Pages.of(grants, PermissionOperations::key, call, DEFAULT_PAGE);
    List<JsonNode> listed = page.items().stream()
        .map(g -> LakeLocations.rewriteArns(JSON.valueToTree(LfJson.grant(g)), LakeLocations::toAws)).toList();
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("PrincipalResourcePermissions", listed);
    output.put("NextToken", page.nextToken());
    return output;
  }

  private static String key(PrincipalPermissions grant) {
    try {
      return grant.principal().identifier() + " " + JSON.writeValueAsString(LfJson.resource(grant.resource()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code LF_TAG_POLICY} asks for tag policies on databases and tables alike. */
  private static boolean typeMatches(String wanted, String type) {
    return type.equals(wanted) || wanted.equals("LF_TAG_POLICY") && type.startsWith("LF_TAG_POLICY_");
  }

  /** The {@code DataLakeResourceType} of a granted resource. */
  private static String resourceType(LfResource resource) {
    if (resource instanceof LfResource.Catalog) {
      return "CATALOG";
    }
    if (resource instanceof LfResource.Database) {
      return "DATABASE";
    }
    if (resource instanceof LfResource.DataLocation) {
      return "DATA_LOCATION";
    }
    if (resource instanceof LfResource.LfTagKey) {
      return "LF_TAG";
    }
    if (resource instanceof LfResource.LfTagPolicy policy) {
      return "LF_TAG_POLICY_" + policy.resourceType().name().toUpperCase(Locale.ROOT);
    }
    return "TABLE";
  }
}
