package org.gluesuite.lakeformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A model, grant or resource in Lake Formation's API shapes, as plain maps for JSON output (the inverse of {@link LfDefinitions}). */
public final class LfJson {
  private LfJson() {
  }

  public static Map<String, Object> model(LakeFormationModel model) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("DataLakeSettings", Map.of("DataLakeAdmins", model.admins().stream()
        .map(a -> Map.of("DataLakePrincipalIdentifier", a.identifier())).toList()));
    json.put("RegisteredResources", model.locations().stream().map(l -> Map.of("ResourceArn", l.resourceArn())).toList());
    json.put("LFTags", new TreeMap<>(model.tagKeys()).entrySet().stream()
        .map(e -> Map.of("TagKey", e.getKey(), "TagValues", e.getValue())).toList());
    List<Object> assignments = new ArrayList<>();
    model.resourceTags().forEach((target, tags) -> assignments.add(Map.of("Resource", assignment(target), "LFTags",
        new TreeMap<>(tags).entrySet().stream().map(e -> Map.of("TagKey", e.getKey(), "TagValues", List.of(e.getValue())))
            .toList())));
    json.put("ResourceLFTags", assignments);
    json.put("DataCellsFilters", model.filters().stream().map(LfJson::filter).toList());
    json.put("Grants", model.grants().stream().map(LfJson::grant).toList());
    return json;
  }

  public static Map<String, Object> grant(PrincipalPermissions grant) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("Principal", Map.of("DataLakePrincipalIdentifier", grant.principal().identifier()));
    json.put("Resource", resource(grant.resource()));
    json.put("Permissions", grant.permissions().stream().map(Enum::name).sorted().toList());
    json.put("PermissionsWithGrantOption", grant.permissionsWithGrantOption().stream().map(Enum::name).sorted().toList());
    return json;
  }

  public static Map<String, Object> resource(LfResource resource) {
    Map<String, Object> body = new LinkedHashMap<>();
    String member;
    if (resource instanceof LfResource.Catalog) {
      member = "Catalog";
    } else if (resource instanceof LfResource.Database d) {
      member = "Database";
      body.put("Name", d.name());
    } else if (resource instanceof LfResource.Table t) {
      member = "Table";
      body.put("DatabaseName", t.databaseName());
      if (t.wildcard()) {
        body.put("TableWildcard", Map.of());
      } else {
        body.put("Name", t.name());
      }
    } else if (resource instanceof LfResource.TableWithColumns t) {
      member = "TableWithColumns";
      body.put("DatabaseName", t.databaseName());
      body.put("Name", t.name());
      if (t.columnNames() != null) {
        body.put("ColumnNames", t.columnNames());
      } else {
        body.put("ColumnWildcard", Map.of("ExcludedColumnNames", t.excludedColumnNames()));
      }
    } else if (resource instanceof LfResource.DataLocation l) {
      member = "DataLocation";
      body.put("ResourceArn", l.resourceArn());
    } else if (resource instanceof LfResource.DataCellsFilter f) {
      member = "DataCellsFilter";
      body.put("DatabaseName", f.databaseName());
      body.put("TableName", f.tableName());
      body.put("Name", f.name());
    } else if (resource instanceof LfResource.LfTagKey k) {
      member = "LFTag";
      body.put("TagKey", k.tagKey());
      body.put("TagValues", k.tagValues());
    } else {
      LfResource.LfTagPolicy p = (LfResource.LfTagPolicy) resource;
      member = "LFTagPolicy";
      body.put("ResourceType", p.resourceType().name());
      body.put("Expression", p.expression().stream().map(t -> Map.of("TagKey", t.tagKey(), "TagValues", t.tagValues()))
          .toList());
    }
    return Map.of(member, body);
  }

  private static Map<String, Object> filter(DataCellsFilter filter) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("DatabaseName", filter.databaseName());
    json.put("TableName", filter.tableName());
    json.put("Name", filter.name());
    json.put("RowFilter", filter.rowFilter() == null ? Map.of("AllRowsWildcard", Map.of())
        : Map.of("FilterExpression", filter.rowFilter().expression()));
    if (filter.columnNames() != null) {
      json.put("ColumnNames", filter.columnNames());
    } else {
      json.put("ColumnWildcard", Map.of("ExcludedColumnNames", filter.excludedColumnNames()));
    }
    return json;
  }

  private static Map<String, Object> assignment(LfTagAssignment target) {
    if (target.columnName() != null) {
      return Map.of("TableWithColumns", Map.of("DatabaseName", target.databaseName(), "Name", target.tableName(),
          "ColumnNames", List.of(target.columnName())));
    }
    if (target.tableName() != null) {
      return Map.of("Table", Map.of("DatabaseName", target.databaseName(), "Name", target.tableName()));
    }
    return Map.of("Database", Map.of("Name", target.databaseName()));
  }
}
