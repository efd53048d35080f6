package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gluesuite.deploy.Change;
import org.gluesuite.deploy.Change.Action;
import org.gluesuite.deploy.DeployErrors;
import org.gluesuite.deploy.ResourceKind;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.AddLfTagsToResourceRequest;
import software.amazon.awssdk.services.lakeformation.model.ColumnLFTag;
import software.amazon.awssdk.services.lakeformation.model.CreateLfTagRequest;
import software.amazon.awssdk.services.lakeformation.model.DataCellsFilter;
import software.amazon.awssdk.services.lakeformation.model.EntityNotFoundException;
import software.amazon.awssdk.services.lakeformation.model.GetResourceLfTagsResponse;
import software.amazon.awssdk.services.lakeformation.model.GrantPermissionsRequest;
import software.amazon.awssdk.services.lakeformation.model.LFTagError;
import software.amazon.awssdk.services.lakeformation.model.LFTagPair;
import software.amazon.awssdk.services.lakeformation.model.PrincipalResourcePermissions;
import software.amazon.awssdk.services.lakeformation.model.RegisterResourceRequest;
import software.amazon.awssdk.services.lakeformation.model.RemoveLfTagsFromResourceRequest;
import software.amazon.awssdk.services.lakeformation.model.Resource;
import software.amazon.awssdk.services.lakeformation.model.ResourceInfo;

/**
 * The Lake Formation part of a plan: per item of the definitions (see {@link LakeFormationDefinitions}) create,
 * update with the differing fields, unchanged, or skipped (its databases are not the project's; its table does not
 * exist yet, as a crawler or job makes it; the endpoint does not serve the kind), in order registration → LF-Tag →
 * tag assignment → data cells filter → grant. Deletes (reverse order): grants to the principals the definitions name
 * and filters, on resources in the project's databases, that are no longer defined; on destroy, every item of the
 * project's databases. Lake Formation keeps no tags, so what is the project's is decided by its databases.
 */
final class LakeFormationPlanner {
  private static final List<ResourceKind> ORDER = List.of(ResourceKind.LOCATION, ResourceKind.LF_TAG,
      ResourceKind.LF_TAG_ASSIGNMENT, ResourceKind.DATA_CELLS_FILTER, ResourceKind.GRANT);

  private final LakeFormationClient lf;
  private final Predicate<String> tableExists;
  private final String account;
  private final String project;
  private List<String> registered;

  LakeFormationPlanner(LakeFormationClient lf, Predicate<String> tableExists, String account, String project) {
    this.lf = lf;
    this.tableExists = tableExists;
    this.account = account;
    this.project = project;
  }

  /** Creates and updates of {@code items} whose databases are all in {@code ours}; the others skipped, said why. */
  List<Step> declared(List<LfItem> items, Set<String> ours) {
    List<Step> steps = new ArrayList<>();
    for (ResourceKind kind : ORDER) {
      List<LfItem> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
      try {
        for (LfItem item : ofKind) {
          steps.add(declared(item, ours));
        }
      } catch (AwsServiceException e) {
        if (!Planner.notServed(e)) {
          throw e;
        }
        steps.removeIf(s -> s.change().kind() == kind);
        ofKind.forEach(i -> steps.add(skipped(i, DeployErrors.notServed("Lake Formation's " + kind.label()
            + " operations", e))));
      }
    }
    return steps;
  }

  /**
   * Deletes of the project's items not in {@code keep} (all of them on destroy, {@code keep} empty): filters, and
   * grants to the principals {@code items} name, on resources of {@code owned} databases; and the items of
   * {@code items} that exist and are not kept. Grants first, registrations last.
   */
  List<Step> undeclared(List<LfItem> items, List<LfItem> keep, Set<String> owned) {
    List<Step> steps = new ArrayList<>();
    try {
      steps.addAll(grants(items, keep, owned));
      steps.addAll(filters(keep, owned));
      for (ResourceKind kind : List.of(ResourceKind.LF_TAG_ASSIGNMENT, ResourceKind.LF_TAG, ResourceKind.LOCATION)) {
        for (LfItem item : items) {
          if (item.kind() == kind && !keep.contains(item) && owned.containsAll(item.databases())
              && !item.databases().isEmpty() && (item.table() == null || tableExists.test(item.table()))
              && exists(item)) {
            steps.add(step(item, Action.DELETE, List.of(), () -> delete(item)));
          }
        }
      }
    } catch (AwsServiceException e) {
      if (!Planner.notServed(e)) {
        throw e;
      }
      return List.of();   // the endpoint serves no Lake Formation: nothing of it was deployed there either
    }
    return steps;
  }

  // ---- one declared item ------------------------------------------------------------------------------------

  private Step declared(LfItem item, Set<String> ours) {
    if (item.databases().isEmpty()) {
      return skipped(item, "its file names no database, and Lake Formation keeps no owner tags: the deployer"
          + " changes an item only when it owns the databases it belongs to. Add a grant on the database");
    }
    if (!ours.containsAll(item.databases())) {
      return skipped(item, "it belongs to database " + new TreeSet<>(item.databases()) + ", which project " + project
          + " does not deploy (owned by another project); left alone");
    }
    if (item.table() != null && !tableExists.test(item.table())) {
      return skipped(item, "table " + item.table() + " does not exist yet (a crawler or job makes it) and Lake"
          + " Formation needs it: apply again after the first run");
    }
    return switch (item.kind()) {
      case LOCATION -> locations().contains(item.request().path("ResourceArn").asText())
          ? step(item, Action.UNCHANGED, List.of(), Step.NOTHING)
          : step(item, Action.CREATE, List.of(), () -> lf.registerResource(
              SdkShapes.bind(item.request(), RegisterResourceRequest.builder(), Set.of()).build()));
      case LF_TAG -> lfTag(item);
      case LF_TAG_ASSIGNMENT -> tagAssignment(item);
      case DATA_CELLS_FILTER -> filter(item);
      case GRANT -> grant(item);
      default -> throw new IllegalArgumentException(item.kind().toString());
    };
  }

  /** The registered locations, listed once per plan. */
  private List<String> locations() {
    if (registered == null) {
      registered = lf.listResourcesPaginator(r -> { }).stream().flatMap(p -> p.resourceInfoList().stream())
          .map(ResourceInfo::resourceArn).toList();
    }
    return registered;
  }

  private Step lfTag(LfItem item) {
    String key = item.request().path("TagKey").asText();
    List<String> wanted = LakeFormationDefinitions.strings(item.request().path("TagValues"));
    List<String> have;
    try {
      have = lf.getLFTag(r -> r.tagKey(key)).tagValues();
    } catch (EntityNotFoundException e) {
      return step(item, Action.CREATE, List.of("values " + wanted), () -> lf.createLFTag(
          SdkShapes.bind(item.request(), CreateLfTagRequest.builder(), Set.of()).build()));
    }
    if (new TreeSet<>(have).equals(new TreeSet<>(wanted))) {
      return step(item, Action.UNCHANGED, List.of(), Step.NOTHING);
    }
    List<String> add = wanted.stream().filter(v -> !have.contains(v)).toList();
    List<String> remove = have.stream().filter(v -> !wanted.contains(v)).toList();
    return step(item, Action.UPDATE, List.of("TagValues: " + new TreeSet<>(have) + " → " + new TreeSet<>(wanted)),
        () -> lf.updateLFTag(r -> r.tagKey(key).tagValuesToAdd(add.isEmpty() ? null : add)
            .tagValuesToDelete(remove.isEmpty() ? null : remove)));
  }

  private Step tagAssignment(LfItem item) {
    Map<String, String> have = assignedTags(item);
    Map<String, String> wanted = declaredTags(item);
    List<String> differences = new ArrayList<>();
    wanted.forEach((key, value) -> {
      if (!value.equals(have.get(key))) {
        differences.add(key + ": " + have.getOrDefault(key, "(none)") + " → " + value);
      }
    });
    if (differences.isEmpty()) {
      return step(item, Action.UNCHANGED, List.of(), Step.NOTHING);
    }
    boolean none = wanted.keySet().stream().noneMatch(have::containsKey);
    return step(item, none ? Action.CREATE : Action.UPDATE, differences, () -> failures("AddLFTagsToResource", lf
        .addLFTagsToResource(SdkShapes.bind(item.request(), AddLfTagsToResourceRequest.builder(), Set.of()).build())
        .failures()));
  }

  private Step filter(LfItem item) {
    DataCellsFilter wanted = filterOf(item);
    Optional<DataCellsFilter> have = find(() -> lf.getDataCellsFilter(r -> r.tableCatalogId(account)
        .databaseName(wanted.databaseName()).tableName(wanted.tableName()).name(wanted.name())).dataCellsFilter());
    if (have.isEmpty()) {
      return step(item, Action.CREATE, List.of(), () -> lf.createDataCellsFilter(r -> r.tableData(wanted)));
    }
    List<String> differences = SdkShapes.differences(wanted, have.get(), Set.of("TableCatalogId"));
    return differences.isEmpty() ? step(item, Action.UNCHANGED, List.of(), Step.NOTHING)
        : step(item, Action.UPDATE, differences, () -> lf.updateDataCellsFilter(r -> r.tableData(wanted)));
  }

  private Step grant(LfItem item) {
    Resource resource = resourceOf(item.request().path("Resource"));
    String principal = principalOf(item.request());
    // A resource that does not exist yet (its database or table is created before) has no grants.
    List<PrincipalResourcePermissions> entries = find(() -> lf.listPermissionsPaginator(r -> r.principal(p -> p
        .dataLakePrincipalIdentifier(principal)).resource(resource)).stream()
        .flatMap(p -> p.principalResourcePermissions().stream())
        .filter(e -> same(item.request().path("Resource"), e.resource())).toList()).orElse(List.of());
    Set<String> wanted = new TreeSet<>(LakeFormationDefinitions.strings(item.request().path("Permissions")));
    Set<String> wantedGrantable = new TreeSet<>(LakeFormationDefinitions.strings(item.request()
        .path("PermissionsWithGrantOption")));
    Set<String> have = new TreeSet<>();
    Set<String> haveGrantable = new TreeSet<>();
    entries.forEach(e -> {
      have.addAll(e.permissionsAsStrings());
      haveGrantable.addAll(e.permissionsWithGrantOptionAsStrings());
    });
    Runnable grant = () -> lf.grantPermissions(SdkShapes.bind(item.request(), GrantPermissionsRequest.builder(),
        Set.of()).build());
    if (entries.isEmpty()) {
      return step(item, Action.CREATE, List.of("Permissions " + wanted + (wantedGrantable.isEmpty() ? ""
          : ", with grant option " + wantedGrantable)), grant);
    }
    List<String> differences = new ArrayList<>();
    if (!have.equals(wanted)) {
      differences.add("Permissions: " + have + " → " + wanted);
    }
    if (!haveGrantable.equals(wantedGrantable)) {
      differences.add("PermissionsWithGrantOption: " + haveGrantable + " → " + wantedGrantable);
    }
    if (differences.isEmpty()) {
      return step(item, Action.UNCHANGED, List.of(), Step.NOTHING);
    }
    Set<String> extra = new TreeSet<>(have);
    extra.removeAll(wanted);
    Set<String> extraGrantable = new TreeSet<>(haveGrantable);
    extraGrantable.removeAll(wantedGrantable);
    return step(item, Action.UPDATE, differences, () -> {
      grant.run();
      if (!extra.isEmpty() || !extraGrantable.isEmpty()) {
        lf.revokePermissions(r -> r.principal(p -> p.dataLakePrincipalIdentifier(principal)).resource(resource)
            .permissionsWithStrings(extra).permissionsWithGrantOptionWithStrings(extraGrantable));
      }
    });
  }

  // ---- deletes ------------------------------------------------------------------------------------------------

  private List<Step> grants(List<LfItem> items, List<LfItem> keep, Set<String> owned) {
    Set<String> principals = items.stream().filter(i -> i.kind() == ResourceKind.GRANT)
        .map(i -> principalOf(i.request())).collect(Collectors.toSet());
    List<LfItem> ownedUnanchored = items.stream().filter(i -> i.kind() == ResourceKind.GRANT
        && LakeFormationDefinitions.database(i.request().path("Resource")) == null && !i.databases().isEmpty()
        && owned.containsAll(i.databases())).toList();
    List<Step> steps = new ArrayList<>();
    for (PrincipalResourcePermissions entry : lf.listPermissionsPaginator(r -> { }).stream()
        .flatMap(p -> p.principalResourcePermissions().stream()).toList()) {
      String principal = entry.principal().dataLakePrincipalIdentifier();
      JsonNode resource = SdkShapes.toJson(entry.resource());
      String database = LakeFormationDefinitions.database(resource);
      boolean ours = database != null ? owned.contains(database) && principals.contains(principal)
          : ownedUnanchored.stream().anyMatch(i -> matches(i, principal, entry.resource()));
      if (!ours || keep.stream().anyMatch(i -> i.kind() == ResourceKind.GRANT && matches(i, principal,
          entry.resource()))) {
        continue;
      }
      String name = LakeFormationDefinitions.grantName(principal, resource);
      steps.add(new Step(new Change(ResourceKind.GRANT, name, Action.DELETE, List.of("Permissions "
          + new TreeSet<>(entry.permissionsAsStrings())), null), () -> lf.revokePermissions(r -> r.principal(
          entry.principal()).resource(entry.resource()).permissionsWithStrings(entry.permissionsAsStrings())
          .permissionsWithGrantOptionWithStrings(entry.permissionsWithGrantOptionAsStrings()))));
    }
    return steps;
  }

  private List<Step> filters(List<LfItem> keep, Set<String> owned) {
    Set<String> kept = keep.stream().filter(i -> i.kind() == ResourceKind.DATA_CELLS_FILTER).map(LfItem::name)
        .collect(Collectors.toSet());
    List<Step> steps = new ArrayList<>();
    for (DataCellsFilter filter : lf.listDataCellsFilterPaginator(r -> { }).stream()
        .flatMap(p -> p.dataCellsFilters().stream()).toList()) {
      String name = filter.databaseName() + "." + filter.tableName() + "/" + filter.name();
      if (owned.contains(filter.databaseName()) && !kept.contains(name)) {
        steps.add(new Step(new Change(ResourceKind.DATA_CELLS_FILTER, name, Action.DELETE, List.of(), null),
            () -> lf.deleteDataCellsFilter(r -> r.tableCatalogId(account).databaseName(filter.databaseName())
                .tableName(filter.tableName()).name(filter.name()))));
      }
    }
    return steps;
  }

  private boolean exists(LfItem item) {
    return switch (item.kind()) {
      case LOCATION -> locations().contains(item.request().path("ResourceArn").asText());
      case LF_TAG -> find(() -> lf.getLFTag(r -> r.tagKey(item.request().path("TagKey").asText()))).isPresent();
      case LF_TAG_ASSIGNMENT -> {
        Map<String, String> have = assignedTags(item);
        yield declaredTags(item).entrySet().stream().anyMatch(e -> e.getValue().equals(have.get(e.getKey())));
      }
      default -> throw new IllegalArgumentException(item.kind().toString());
    };
  }

  private void delete(LfItem item) {
    switch (item.kind()) {
      case LOCATION -> lf.deregisterResource(r -> r.resourceArn(item.request().path("ResourceArn").asText()));
      case LF_TAG -> lf.deleteLFTag(r -> r.tagKey(item.request().path("TagKey").asText()));
      case LF_TAG_ASSIGNMENT -> failures("RemoveLFTagsFromResource", lf.removeLFTagsFromResource(SdkShapes.bind(
          item.request(), RemoveLfTagsFromResourceRequest.builder(), Set.of()).build()).failures());
      default -> throw new IllegalArgumentException(item.kind().toString());
    }
  }

  // ---- shapes -------------------------------------------------------------------------------------------------

  /** The tags assigned (not inherited) to the item's resource: {@code key}, or {@code column: key} per column. */
  private Map<String, String> assignedTags(LfItem item) {
    Map<String, String> tags = new LinkedHashMap<>();
    Optional<GetResourceLfTagsResponse> read = find(() -> lf.getResourceLFTags(r -> r.resource(resourceOf(
        item.request().path("Resource"))).showAssignedLFTags(true)));
    if (read.isEmpty()) {
      return tags;   // the resource does not exist yet: it carries nothing
    }
    GetResourceLfTagsResponse response = read.get();
    JsonNode resource = item.request().path("Resource");
    if (resource.has("Database")) {
      response.lfTagOnDatabase().forEach(t -> put(tags, "", t));
    } else if (resource.has("Table")) {
      response.lfTagsOnTable().forEach(t -> put(tags, "", t));
    } else {
      for (ColumnLFTag column : response.lfTagsOnColumns()) {
        column.lfTags().forEach(t -> put(tags, column.name() + ": ", t));
      }
    }
    return tags;
  }

  private static Map<String, String> declaredTags(LfItem item) {
    JsonNode resource = item.request().path("Resource");
    List<String> prefixes = resource.has("TableWithColumns") ? LakeFormationDefinitions.strings(resource
        .path("TableWithColumns").path("ColumnNames")).stream().map(c -> c + ": ").toList() : List.of("");
    Map<String, String> tags = new LinkedHashMap<>();
    for (String prefix : prefixes) {
      item.request().path("LFTags").forEach(t -> tags.put(prefix + t.path("TagKey").asText(),
          t.path("TagValues").path(0).asText()));
    }
    return tags;
  }

  private static void put(Map<String, String> tags, String prefix, LFTagPair tag) {
    tags.put(prefix + tag.tagKey(), tag.tagValues().isEmpty() ? "" : tag.tagValues().get(0));
  }

  private DataCellsFilter filterOf(LfItem item) {
    ObjectNode data = item.request().deepCopy();
    data.put("TableCatalogId", account);
    return SdkShapes.bind(data, DataCellsFilter.builder(), Set.of()).build();
  }

  private static Resource resourceOf(JsonNode resource) {
    return SdkShapes.bind(resource, Resource.builder(), Set.of()).build();
  }

  private static String principalOf(JsonNode grant) {
    return grant.path("Principal").path("DataLakePrincipalIdentifier").asText();
  }

  private static boolean matches(LfItem grant, String principal, Resource resource) {
    return principalOf(grant.request()).equals(principal) && same(grant.request().path("Resource"), resource);
  }

  /** The same resource: the same kind, and every member the definition declares equal (catalog IDs aside). */
  private static boolean same(JsonNode declared, Resource actual) {
    String kind = declared.fieldNames().hasNext() ? declared.fieldNames().next() : "";
    return SdkShapes.member(actual, kind) != null
        && SdkShapes.differences(resourceOf(declared), actual, Set.of()).stream()
            .noneMatch(d -> !d.contains("CatalogId"));
  }

  /** AddLFTagsToResource and RemoveLFTagsFromResource answer refused tags as failures, not as an error. */
  private static void failures(String operation, List<LFTagError> failures) {
    if (!failures.isEmpty()) {
      throw DeployErrors.lakeFormationRefused(operation, failures.stream().map(f -> f.lfTag().tagKey() + ": "
          + f.error().errorCode() + " " + f.error().errorMessage()).toList());
    }
  }

  private static <T> Optional<T> find(java.util.function.Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (EntityNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Step step(LfItem item, Action action, List<String> details, Runnable calls) {
    return new Step(new Change(item.kind(), item.name(), action, details, item.source()), calls);
  }

  private static Step skipped(LfItem item, String why) {
    return step(item, Action.SKIPPED, List.of(why), Step.NOTHING);
  }
}
