package org.gluesuite.lakeformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Lake Formation knows, as one immutable value: data lake administrators, registered locations,
 * LF-Tags and their assignments, data cells filters and grants. Changes return a new model.
 */
public record LakeFormationModel(List<DataLakePrincipal> admins, List<RegisteredLocation> locations,
    Map<String, List<String>> tagKeys, Map<LfTagAssignment, Map<String, String>> resourceTags,
    List<DataCellsFilter> filters, List<PrincipalPermissions> grants) {

  public LakeFormationModel {
    admins = List.copyOf(admins);
    locations = List.copyOf(locations);
    tagKeys = Map.copyOf(tagKeys);
    resourceTags = Map.copyOf(resourceTags);
    filters = List.copyOf(filters);
    grants = List.copyOf(grants);
  }

  /** A model with only the local administrator and nothing granted. */
  public static LakeFormationModel empty() {
    return new LakeFormationModel(List.of(DataLakePrincipal.LOCAL_ADMIN), List.of(), Map.of(), Map.of(), List.of(),
        List.of());
  }

  public boolean isAdmin(DataLakePrincipal principal) {
    return admins.contains(principal);
  }

  public Optional<DataCellsFilter> filter(String database, String table, String name) {
    return filters.stream().filter(f -> f.on(database, table) && f.name().equals(name)).findFirst();
  }

  /** Grants {@code grant}, merged into an existing grant of the same principal and resource. */
  public LakeFormationModel withGrant(PrincipalPermissions grant) {
    List<PrincipalPermissions> updated = new ArrayList<>();
    boolean merged = false;
    for (PrincipalPermissions existing : grants) {
      if (existing.principal().equals(grant.principal()) && existing.resource().equals(grant.resource())) {
        Set<Permission> permissions = union(existing.permissions(), grant.permissions());
        Set<Permission> grantable = union(existing.permissionsWithGrantOption(), grant.permissionsWithGrantOption());
        updated.add(new PrincipalPermissions(grant.principal(), grant.resource(), permissions, grantable));
        merged = true;
      } else {
        updated.add(existing);
      }
    }
    if (!merged) {
      updated.add(grant);
    }
    return new LakeFormationModel(admins, locations, tagKeys, resourceTags, filters, updated);
  }

  /** Revokes the permissions of {@code revoke} from the grant of the same principal and resource. */
  public LakeFormationModel withoutGrant(PrincipalPermissions revoke) {
    List<PrincipalPermissions> updated = new ArrayList<>();
    for (PrincipalPermissions existing : grants) {
      if (existing.principal().equals(revoke.principal()) && existing.resource().equals(revoke.resource())) {
        PrincipalPermissions left = existing.minus(revoke.permissions(), revoke.permissionsWithGrantOption());
        if (left != null) {
          updated.add(left);
        }
      } else {
        updated.add(existing);
      }
    }
    return new LakeFormationModel(admins, locations, tagKeys, resourceTags, filters, updated);
  }

  /** The tags assigned directly to one resource (not inherited). */
  public Map<String, String> tagsOf(LfTagAssignment resource) {
    return resourceTags.getOrDefault(resource, Map.of());
  }

  /** Effective tags: the database's, overridden by the table's, overridden by the column's. */
  public Map<String, String> effectiveTags(String database, String table, String column) {
    Map<String, String> tags = new LinkedHashMap<>(tagsOf(LfTagAssignment.database(database)));
    if (table != null) {
      tags.putAll(tagsOf(LfTagAssignment.table(database, table)));
      if (column != null) {
        tags.putAll(tagsOf(LfTagAssignment.column(database, table, column)));
      }
    }
    return tags;
  }

  private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
    Set<Permission> all = java.util.EnumSet.noneOf(Permission.class);
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LakeFormationModel m && m.admins.equals(admins) && m.locations.equals(locations)
        && m.tagKeys.equals(tagKeys) && m.resourceTags.equals(resourceTags) && m.filters.equals(filters)
        && Set.copyOf(m.grants).equals(Set.copyOf(grants));
  }

  @Override
  public int hashCode() {
    return Objects.hash(admins, locations, tagKeys, resourceTags, filters, Set.copyOf(grants));
  }
}
