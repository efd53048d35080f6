package org.gluesuite.lakeformation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluesuite.catalog.CatalogNames;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.lakeformation.rowfilter.RowFilter;
import org.gluesuite.lakeformation.rowfilter.RowFilterException;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;

/**
 * Reads Lake Formation definitions: JSON in the API's shapes ({@code DataLakeSettings}, {@code RegisterResource},
 * {@code CreateLFTag}, {@code AddLFTagsToResource}, {@code CreateDataCellsFilter}, {@code GrantPermissions}),
 * parsed once into a {@link LakeFormationModel} and checked as a whole: unknown keys, names, permissions that do
 * not apply to the resource, tags and filters that are not declared, row filter syntax. Errors name the file,
 * the JSON path and (for row filters) the position in the expression.
 */
public final class LfDefinitions {
  /** {@code ${lake}} in a ResourceArn stands for the local lake folder. */
  public static final String LAKE_PLACEHOLDER = "${lake}";

  private final Path lake;
  private final List<DataLakePrincipal> admins = new ArrayList<>();
  private final List<RegisteredLocation> locations = new ArrayList<>();
  private final Map<String, List<String>> tagKeys = new LinkedHashMap<>();
  private final Map<LfTagAssignment, Map<String, String>> resourceTags = new LinkedHashMap<>();
  private final List<DataCellsFilter> filters = new ArrayList<>();
  private final List<PrincipalPermissions> grants = new ArrayList<>();
  private final List<Runnable> deferredChecks = new ArrayList<>();

  private LfDefinitions(Path lake) {
    this.lake = lake;
  }

  /**
   * The model declared by {@code documents} together (read with {@link DefinitionNode#read}), for this lake.
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem of every document
   */
  public static LakeFormationModel parse(List<DefinitionNode> documents, Path lake) {
    LfDefinitions definitions = new LfDefinitions(lake);
    for (DefinitionNode document : documents) {
      definitions.document(document);
    }
    definitions.deferredChecks.forEach(Runnable::run);
    DefinitionProblems.throwIfAny("The Lake Formation definitions", documents);
    if (definitions.admins.isEmpty()) {
      definitions.admins.add(DataLakePrincipal.LOCAL_ADMIN);
    }
    LakeFormationModel model = new LakeFormationModel(definitions.admins, definitions.locations,
        definitions.tagKeys, definitions.resourceTags, definitions.filters, List.of());
    for (PrincipalPermissions grant : definitions.grants) {
      model = model.withGrant(grant);
    }
    return model;
  }

  private void document(DefinitionNode root) {
    root.allowOnly("DataLakeSettings", "RegisteredResources", "LFTags", "ResourceLFTags", "DataCellsFilters", "Grants");
    root.optionalObject("DataLakeSettings").ifPresent(settings -> {
      settings.allowOnly("DataLakeAdmins");
      for (DefinitionNode admin : settings.objects("DataLakeAdmins")) {
        DataLakePrincipal principal = principal(admin);
        if (principal != null && !admins.contains(principal)) {
          admins.add(principal);
        }
      }
    });
    for (DefinitionNode resource : root.objects("RegisteredResources")) {
      resource.allowOnly("ResourceArn", "UseServiceLinkedRole", "RoleArn", "HybridAccessEnabled");
      if (resource.bool("HybridAccessEnabled", false)) {
        problem(resource, "HybridAccessEnabled", "hybrid access mode is not supported locally",
            "Remove it: every principal is governed by Lake Formation here.");
      }
      String arn = resource.string("ResourceArn");
      String path = arn == null ? null : localPath(resource, arn);
      if (path != null) {
        locations.add(new RegisteredLocation(arn, path));
      }
    }
    for (DefinitionNode tag : root.objects("LFTags")) {
      tag.allowOnly("CatalogId", "TagKey", "TagValues");
      List<String> values = tag.strings("TagValues");
      if (tag.noElements("TagValues")) {
        problem(tag, "TagValues", "an LF-Tag needs at least one value", "List its allowed values.");
      }
      String key = tag.string("TagKey");
      if (key != null) {
        tagKeys.put(key, values);
      }
    }
    for (DefinitionNode filter : root.objects("DataCellsFilters")) {
      DataCellsFilter parsed = filter(filter);
      if (parsed != null) {
        filters.add(parsed);
      }
    }
    for (DefinitionNode assignment : root.objects("ResourceLFTags")) {
      tagAssignment(assignment);
    }
    for (DefinitionNode grant : root.objects("Grants")) {
      PrincipalPermissions parsed = grant(grant);
      if (parsed != null) {
        grants.add(parsed);
      }
    }
  }

  /**
   * One {@code GrantPermissions} request, checked against {@code model} (declared tags, filters, locations).
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem of the request
   */
  public static PrincipalPermissions grant(DefinitionNode node, LakeFormationModel model) {
    LfDefinitions definitions = new LfDefinitions(null);
    definitions.tagKeys.putAll(model.tagKeys());
    definitions.filters.addAll(model.filters());
    definitions.locations.addAll(model.locations());
    PrincipalPermissions grant = definitions.grant(node);
    definitions.deferredChecks.forEach(Runnable::run);
    node.problems().throwIfAny("The GrantPermissions request");
    return grant;
  }

  private PrincipalPermissions grant(DefinitionNode node) {
    int before = node.problems().count();
    node.allowOnly("CatalogId", "Principal", "Resource", "Permissions", "PermissionsWithGrantOption");
    DataLakePrincipal principal = principal(node.object("Principal"));
    DefinitionNode resourceNode = node.object("Resource");
    LfResource resource = resource(resourceNode);
    Set<Permission> permissions = permissions(node, "Permissions");
    Set<Permission> grantable = permissions(node, "PermissionsWithGrantOption");
    if (node.noElements("Permissions")) {
      problem(node, "Permissions", "no permissions are granted", "List at least one, e.g. [\"SELECT\"].");
    }
    if (!permissions.containsAll(grantable)) {
      problem(node, "PermissionsWithGrantOption", "grants the grant option on permissions it does not grant",
          "List each of them under Permissions too.");
    }
    for (Permission permission : resource == null ? Set.<Permission>of() : permissions) {
      String why = inapplicable(resource, permission);
      if (why != null) {
        problem(node, "Permissions", permission + " does not apply to a " + why, "Valid here: "
            + applicable(resource) + ".");
      }
    }
    if (resource instanceof LfResource.DataCellsFilter f) {
      deferredChecks.add(() -> {
        if (filters.stream().noneMatch(x -> x.on(f.databaseName(), f.tableName()) && x.name().equals(f.name()))) {
          problem(resourceNode, "DataCellsFilter", "there is no data cells filter " + f.name() + " on table "
              + f.databaseName() + "." + f.tableName(), "Declare it under DataCellsFilters or fix the name.");
        }
      });
    }
    if (resource instanceof LfResource.DataLocation l) {
      deferredChecks.add(() -> {
        if (locations.stream().noneMatch(x -> x.resourceArn().equals(l.resourceArn()))) {
          problem(resourceNode, "DataLocation", "location " + l.resourceArn() + " is not registered",
              "Register it under RegisteredResources (RegisterResource) first.");
        }
      });
    }
    if (resource instanceof LfResource.LfTagPolicy policy) {
      for (int i = 0; i < policy.expression().size(); i++) {
        LfTag tag = policy.expression().get(i);
        checkTag(resourceNode, "LFTagPolicy.Expression[" + i + "]", tag);
      }
    }
    return node.problems().count() > before ? null
        : new PrincipalPermissions(principal, resource, permissions, grantable);
  }

  private static String inapplicable(LfResource resource, Permission permission) {
    Set<Permission> valid = applicable(resource);
    return valid.contains(permission) ? null : resource.getClass().getSimpleName() + " resource";
  }

  private static Set<Permission> applicable(LfResource resource) {
    if (resource instanceof LfResource.Catalog) {
      return EnumSet.of(Permission.CREATE_DATABASE, Permission.ALL);
    }
    if (resource instanceof LfResource.Database) {
      return EnumSet.of(Permission.CREATE_TABLE, Permission.ALTER, Permission.DROP, Permission.DESCRIBE, Permission.ALL);
    }
    if (resource instanceof LfResource.Table) {
      return EnumSet.of(Permission.SELECT, Permission.INSERT, Permission.DELETE, Permission.DESCRIBE, Permission.ALTER,
          Permission.DROP, Permission.ALL);
    }
    if (resource instanceof LfResource.TableWithColumns || resource instanceof LfResource.DataCellsFilter) {
      return EnumSet.of(Permission.SELECT);
    }
    if (resource instanceof LfResource.DataLocation) {
      return EnumSet.of(Permission.DATA_LOCATION_ACCESS);
    }
    if (resource instanceof LfResource.LfTagPolicy policy) {
      return policy.resourceType() == LfResource.ResourceType.TABLE
          ? EnumSet.of(Permission.SELECT, Permission.INSERT, Permission.DELETE, Permission.DESCRIBE, Permission.ALTER,
              Permission.DROP, Permission.ALL)
          : EnumSet.of(Permission.CREATE_TABLE, Permission.ALTER, Permission.DROP, Permission.DESCRIBE, Permission.ALL);
    }
    return EnumSet.of(Permission.DESCRIBE);
  }

  private static Set<Permission> permissions(DefinitionNode node, String key) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String name : node.strings(key)) {
      try {
        permissions.add(Permission.valueOf(name));
      } catch (IllegalArgumentException e) {
        problem(node, key, "'" + name + "' is not a Lake Formation permission", "Use one of "
            + List.of(Permission.values()) + " (upper case).");
      }
    }
    return permissions;
  }

  private static DataLakePrincipal principal(DefinitionNode node) {
    node.allowOnly("DataLakePrincipalIdentifier");
    String identifier = node.string("DataLakePrincipalIdentifier");
    if (identifier != null && !DataLakePrincipal.isValid(identifier)) {
      problem(node, "DataLakePrincipalIdentifier", "'" + identifier + "' is not an IAM role or user ARN",
          "Write arn:aws:iam::<12-digit account>:role/<name> (or user/<name>).");
      return null;
    }
    return identifier == null ? null : new DataLakePrincipal(identifier);
  }

  /** One {@code Resource} member, or null when it has problems (recorded). */
  static LfResource resource(DefinitionNode node) {
    List<String> members = List.of("Catalog", "Database", "Table", "TableWithColumns", "DataLocation",
        "DataCellsFilter", "LFTag", "LFTagPolicy");
    node.allowOnly(members);
    List<String> present = members.stream().filter(node::has).toList();
    if (!node.isPresent()) {
      return null;
    }
    if (present.size() != 1) {
      problem(node, present.isEmpty() ? "no resource is given" : "several resources are given " + present,
          "Give exactly one of " + members + ".");
      return null;
    }
    int before = node.problems().count();
    String member = present.get(0);
    DefinitionNode r = node.object(member);
    LfResource resource = member(member, r);
    return node.problems().count() > before ? null : resource;
  }

  private static LfResource member(String member, DefinitionNode r) {
    switch (member) {
      case "Catalog":
        r.allowOnly();
        return new LfResource.Catalog();
      case "Database":
        r.allowOnly("CatalogId", "Name");
        String database = name(r, "Name", "database");
        return database == null ? null : new LfResource.Database(database);
      case "Table": {
        r.allowOnly("CatalogId", "DatabaseName", "Name", "TableWildcard");
        if (r.has("Name") == r.has("TableWildcard")) {
          problem(r, "give exactly one of Name and TableWildcard", "Name one table, or write \"TableWildcard\": {} "
              + "for every table of the database.");
        }
        r.optionalObject("TableWildcard").ifPresent(DefinitionNode::allowOnly);
        String db = name(r, "DatabaseName", "database");
        String table = r.has("Name") ? name(r, "Name", "table") : null;
        return db == null ? null : new LfResource.Table(db, table);
      }
      case "TableWithColumns": {
        r.allowOnly("CatalogId", "DatabaseName", "Name", "ColumnNames", "ColumnWildcard");
        if (r.has("ColumnNames") == r.has("ColumnWildcard")) {
          problem(r, "give exactly one of ColumnNames and ColumnWildcard", "List the columns to include, or "
              + "write \"ColumnWildcard\": {\"ExcludedColumnNames\": [...]} to include all but some.");
        }
        List<String> excluded = r.optionalObject("ColumnWildcard").map(w -> w.allowOnly("ExcludedColumnNames")
            .strings("ExcludedColumnNames")).orElse(null);
        List<String> included = r.has("ColumnNames") ? r.strings("ColumnNames") : null;
        if (included != null && r.noElements("ColumnNames")) {
          problem(r, "ColumnNames", "the column list is empty", "List at least one column.");
        }
        String db = name(r, "DatabaseName", "database");
        String table = name(r, "Name", "table");
        return db == null || table == null ? null : new LfResource.TableWithColumns(db, table, included, excluded);
      }
      case "DataLocation":
        r.allowOnly("CatalogId", "ResourceArn");
        return new LfResource.DataLocation(r.string("ResourceArn"));
      case "DataCellsFilter": {
        r.allowOnly("TableCatalogId", "DatabaseName", "TableName", "Name");
        String db = name(r, "DatabaseName", "database");
        String table = name(r, "TableName", "table");
        String filter = r.string("Name");
        return db == null || table == null || filter == null ? null
            : new LfResource.DataCellsFilter(db, table, filter);
      }
      case "LFTag": {
        r.allowOnly("CatalogId", "TagKey", "TagValues");
        String key = r.string("TagKey");
        List<String> values = r.strings("TagValues");
        return key == null ? null : new LfResource.LfTagKey(key, values);
      }
      default: {
        r.allowOnly("CatalogId", "ResourceType", "Expression");
        LfResource.ResourceType type = r.enumValue("ResourceType", LfResource.ResourceType.class, true);
        List<LfTag> expression = new ArrayList<>();
        for (DefinitionNode tag : r.objects("Expression")) {
          LfTag parsed = tag(tag.allowOnly("TagKey", "TagValues"));
          if (parsed != null) {
            expression.add(parsed);
          }
        }
        if (r.noElements("Expression")) {
          problem(r, "Expression", "the tag expression is empty", "Add at least one {\"TagKey\", \"TagValues\"}.");
        }
        return type == null ? null : new LfResource.LfTagPolicy(type, expression);
      }
    }
  }

  private static LfTag tag(DefinitionNode node) {
    String key = node.string("TagKey");
    List<String> values = node.strings("TagValues");
    return key == null ? null : new LfTag(key, values);
  }

  private DataCellsFilter filter(DefinitionNode node) {
    int before = node.problems().count();
    node.allowOnly("TableCatalogId", "DatabaseName", "TableName", "Name", "RowFilter", "ColumnNames", "ColumnWildcard",
        "VersionId");
    DefinitionNode rowFilter = node.object("RowFilter");
    rowFilter.allowOnly("FilterExpression", "AllRowsWildcard");
    if (rowFilter.isPresent() && rowFilter.has("FilterExpression") == rowFilter.has("AllRowsWildcard")) {
      problem(rowFilter, "give exactly one of FilterExpression and AllRowsWildcard",
          "Write a FilterExpression such as \"city = 'Delhi'\", or \"AllRowsWildcard\": {} for all rows.");
    }
    RowFilter parsed = null;
    String expression = rowFilter.has("FilterExpression") ? rowFilter.string("FilterExpression") : null;
    if (expression != null) {
      try {
        parsed = RowFilter.parse(expression);
      } catch (RowFilterException e) {
        rowFilter.problemAt("FilterExpression", e.getMessage());
      }
    }
    if (node.has("ColumnNames") && node.has("ColumnWildcard")) {
      problem(node, "give at most one of ColumnNames and ColumnWildcard", "Remove one of them.");
    }
    List<String> excluded = node.optionalObject("ColumnWildcard")
        .map(w -> w.allowOnly("ExcludedColumnNames").strings("ExcludedColumnNames")).orElse(List.of());
    List<String> included = node.has("ColumnNames") ? node.strings("ColumnNames") : null;
    String name = node.string("Name");
    String database = name(node, "DatabaseName", "database");
    String table = name(node, "TableName", "table");
    if (name != null && filters.stream().anyMatch(f -> f.on(database, table) && f.name().equals(name))) {
      problem(node, "Name", "filter " + name + " is declared twice on " + database + "." + table,
          "Give each filter of a table its own name.");
    }
    return node.problems().count() > before ? null
        : new DataCellsFilter(database, table, name, parsed, included, included == null ? excluded : null);
  }

  private void tagAssignment(DefinitionNode node) {
    node.allowOnly("Resource", "LFTags");
    DefinitionNode resourceNode = node.object("Resource");
    LfResource resource = resource(resourceNode);
    List<LfTagAssignment> targets = new ArrayList<>();
    if (resource instanceof LfResource.Database d) {
      targets.add(LfTagAssignment.database(d.name()));
    } else if (resource instanceof LfResource.Table t && !t.wildcard()) {
      targets.add(LfTagAssignment.table(t.databaseName(), t.name()));
    } else if (resource instanceof LfResource.TableWithColumns c && c.columnNames() != null) {
      c.columnNames().forEach(column -> targets.add(LfTagAssignment.column(c.databaseName(), c.name(), column)));
    } else if (resource != null) {
      problem(resourceNode, "LF-Tags are assigned to a database, a table or listed columns",
          "Use Database, Table (with Name) or TableWithColumns (with ColumnNames).");
    }
    List<DefinitionNode> tags = node.objects("LFTags");
    for (int i = 0; i < tags.size(); i++) {
      DefinitionNode tagNode = tags.get(i).allowOnly("CatalogId", "TagKey", "TagValues");
      LfTag tag = tag(tagNode);
      if (tag == null) {
        continue;
      }
      if (tag.tagValues().size() != 1) {
        problem(tagNode, "TagValues", "a resource carries exactly one value of a tag key, found "
            + tag.tagValues().size(), "Give one value.");
        continue;
      }
      if (checkTag(node, "LFTags[" + i + "]", tag)) {
        for (LfTagAssignment target : targets) {
          resourceTags.computeIfAbsent(target, k -> new LinkedHashMap<>()).put(tag.tagKey(), tag.tagValues().get(0));
        }
      }
    }
  }

  /** True when the tag's key is declared and allows its values; else records the problem at {@code key}. */
  private boolean checkTag(DefinitionNode node, String key, LfTag tag) {
    List<String> allowed = tagKeys.get(tag.tagKey());
    if (allowed == null) {
      problem(node, key, "LF-Tag key '" + tag.tagKey() + "' is not declared", "Declare it under LFTags "
          + "(keys: " + tagKeys.keySet() + ").");
      return false;
    }
    boolean valid = true;
    for (String value : tag.tagValues()) {
      if (!allowed.contains(value)) {
        problem(node, key, "'" + value + "' is not a value of LF-Tag " + tag.tagKey(), "Its values: " + allowed + ".");
        valid = false;
      }
    }
    return valid;
  }

  private String localPath(DefinitionNode resource, String arn) {
    if (arn.startsWith(LAKE_PLACEHOLDER + "/") || arn.equals(LAKE_PLACEHOLDER)) {
      return lake.toAbsolutePath().normalize() + arn.substring(LAKE_PLACEHOLDER.length());
    }
    if (arn.startsWith("/")) {
      return arn;
    }
    problem(resource, "ResourceArn", "'" + arn + "' is not a local location",
        "Locally the lake is a folder: write ${lake}/prefix (or an absolute path). An S3 ARN stands for a bucket we "
            + "do not have.");
    return null;
  }

  private static String name(DefinitionNode node, String key, String kind) {
    String value = node.string(key);
    if (value == null) {
      return null;
    }
    try {
      return CatalogNames.normalize(kind, value);
    } catch (InvalidInputException e) {
      problem(node, key, e.getMessage(), "Glue names are lower-case letters, digits and underscores.");
      return null;
    }
  }

  /** A problem at {@code node}: what is wrong, then how to fix it. */
  private static void problem(DefinitionNode node, String what, String fix) {
    node.problem(what + ". " + fix);
  }

  /** A problem at {@code key} of {@code node}: what is wrong, then how to fix it. */
  private static void problem(DefinitionNode node, String key, String what, String fix) {
    node.problemAt(key, what + ". " + fix);
  }
}
