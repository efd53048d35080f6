package org.gluesuite.lakeformation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides Lake Formation permissions from a model: explicit grants on the catalog, databases, tables
 * ({@code TableWildcard} included), columns, data cells filters, data locations, and LF-Tag expressions
 * (keys ANDed, a key's values ORed; tables inherit their database's tags, columns their table's). Data lake
 * administrators pass every check. Pure: no I/O, no Spark.
 */
public final class PermissionEvaluator {
  private final LakeFormationModel model;

  public PermissionEvaluator(LakeFormationModel model) {
    this.model = model;
  }

  public LakeFormationModel model() {
    return model;
  }

  public boolean isAdmin(DataLakePrincipal principal) {
    return model.isAdmin(principal);
  }

  /**
   * A table-level permission (INSERT, DELETE, ALTER, DROP, DESCRIBE, or SELECT on the whole table) from a Table
   * grant or an LF-Tag policy on tables. DESCRIBE is also implied by any permission on the table or its columns.
   */
  public boolean hasTablePermission(DataLakePrincipal principal, String database, String table, List<String> columns,
      Permission permission) {
    if (isAdmin(principal)) {
      return true;
    }
    for (PrincipalPermissions grant : grantsOf(principal)) {
      if (!tableLevelMatch(grant.resource(), database, table)) {
        continue;
      }
      if (permission.grantedBy(grant.permissions())) {
        return true;
      }
      if (permission == Permission.DESCRIBE && !grant.permissions().isEmpty()) {
        return true;
      }
    }
    return permission == Permission.DESCRIBE && !selectSlices(principal, database, table, columns).isEmpty();
  }

  /** A database permission (CREATE_TABLE, ALTER, DROP, DESCRIBE) from a Database grant or a DATABASE tag policy. */
  public boolean hasDatabasePermission(DataLakePrincipal principal, String database, Permission permission) {
    if (isAdmin(principal)) {
      return true;
    }
    for (PrincipalPermissions grant : grantsOf(principal)) {
      boolean matches = grant.resource() instanceof LfResource.Database d && d.name().equals(database)
          || grant.resource() instanceof LfResource.LfTagPolicy policy
          && policy.resourceType() == LfResource.ResourceType.DATABASE
          && matches(policy, model.effectiveTags(database, null, null));
      if (matches && permission.grantedBy(grant.permissions())) {
        return true;
      }
    }
    return false;
  }

  /** DATA_LOCATION_ACCESS on a registered location. */
  public boolean hasLocationAccess(DataLakePrincipal principal, RegisteredLocation location) {
    if (isAdmin(principal)) {
      return true;
    }
    return grantsOf(principal).stream().anyMatch(g -> g.resource() instanceof LfResource.DataLocation l
        && l.resourceArn().equals(location.resourceArn()) && g.permissions().contains(Permission.DATA_LOCATION_ACCESS));
  }

  /** The registered location containing {@code path}, or overlapping it when {@code overlapping}. */
  public Optional<RegisteredLocation> locationOf(String path, boolean overlapping) {
    return model.locations().stream().filter(l -> overlapping ? l.overlaps(path) : l.contains(path)).findFirst();
  }

  /**
   * The slices of {@code database.table} (with {@code columns}: data columns then partition keys) that SELECT
   * grants give the principal. Empty: no SELECT at all. An administrator gets the whole table.
   */
  public List<AccessSlice> selectSlices(DataLakePrincipal principal, String database, String table,
      List<String> columns) {
    List<AccessSlice> slices = new ArrayList<>();
    if (isAdmin(principal)) {
      slices.add(new AccessSlice("data lake administrator", columns, null));
      return slices;
    }
    for (PrincipalPermissions grant : grantsOf(principal)) {
      if (!Permission.SELECT.grantedBy(grant.permissions())) {
        continue;
      }
      LfResource resource = grant.resource();
      if (resource instanceof LfResource.Table t && t.covers(database, table)) {
        slices.add(new AccessSlice(resource.describe(), columns, null));
      } else if (resource instanceof LfResource.TableWithColumns t && t.databaseName().equals(database)
          && t.name().equals(table)) {
        List<String> visible = t.columnNames() != null ? columns.stream().filter(t.columnNames()::contains).toList()
            : columns.stream().filter(c -> !t.excludedColumnNames().contains(c)).toList();
        slices.add(new AccessSlice(resource.describe(), visible, null));
      } else if (resource instanceof LfResource.DataCellsFilter f && f.databaseName().equals(database)
          && f.tableName().equals(table)) {
        model.filter(database, table, f.name()).ifPresent(filter ->
            slices.add(new AccessSlice("data cells filter " + filter.name(), filter.columnsOf(columns),
                filter.rowFilter())));
      } else if (resource instanceof LfResource.LfTagPolicy policy
          && policy.resourceType() == LfResource.ResourceType.TABLE) {
        List<String> visible = columns.stream()
            .filter(c -> matches(policy, model.effectiveTags(database, table, c))).toList();
        if (!visible.isEmpty()) {
          slices.add(new AccessSlice(resource.describe(), visible, null));
        }
      }
    }
    slices.removeIf(s -> s.columns().isEmpty());
    return slices;
  }

  /**
   * Whether {@code grantor} may grant (or revoke) every permission of {@code grant}: administrators may; others
   * must hold each permission with the grant option on the same resource.
   */
  public Optional<Permission> missingGrantOption(DataLakePrincipal grantor, PrincipalPermissions grant) {
    if (isAdmin(grantor)) {
      return Optional.empty();
    }
    List<Permission> wanted = new ArrayList<>(grant.permissions());
    wanted.addAll(grant.permissionsWithGrantOption());
    for (Permission permission : wanted) {
      boolean held = grantsOf(grantor).stream().anyMatch(g -> covers(g.resource(), grant.resource())
          && permission.grantedBy(g.permissionsWithGrantOption()));
      if (!held) {
        return Optional.of(permission);
      }
    }
    return Optional.empty();
  }

  /** The grants made to {@code principal}. */
  public List<PrincipalPermissions> grantsOf(DataLakePrincipal principal) {
    return model.grants().stream().filter(g -> g.principal().equals(principal)).toList();
  }

  private boolean tableLevelMatch(LfResource resource, String database, String table) {
    if (resource instanceof LfResource.Table t) {
      return t.covers(database, table);
    }
    if (resource instanceof LfResource.LfTagPolicy policy) {
      return policy.resourceType() == LfResource.ResourceType.TABLE
          && matches(policy, model.effectiveTags(database, table, null));
    }
    return false;
  }

  /** A resource held with the grant option covers the same resource, and a table wildcard covers its tables. */
  private static boolean covers(LfResource held, LfResource wanted) {
    if (held.equals(wanted)) {
      return true;
    }
    if (held instanceof LfResource.Table h && h.wildcard()) {
      return wanted instanceof LfResource.Table w && w.databaseName().equals(h.databaseName())
          || wanted instanceof LfResource.TableWithColumns c && c.databaseName().equals(h.databaseName());
    }
    if (held instanceof LfResource.Table h && wanted instanceof LfResource.TableWithColumns c) {
      return c.databaseName().equals(h.databaseName()) && c.name().equals(h.name());
    }
    return false;
  }

  /** Keys ANDed, the values of one key ORed. */
  static boolean matches(LfResource.LfTagPolicy policy, Map<String, String> tags) {
    for (LfTag condition : policy.expression()) {
      String value = tags.get(condition.tagKey());
      if (value == null || !condition.tagValues().contains(value)) {
        return false;
      }
    }
    return true;
  }
}
