package org.gluesuite.lakeformation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One grant, in the shape of Lake Formation's {@code GrantPermissions} request and
 * {@code PrincipalResourcePermissions}: principal, resource, permissions, and those it may grant onward.
 */
public record PrincipalPermissions(DataLakePrincipal principal, LfResource resource, Set<Permission> permissions,
    Set<Permission> permissionsWithGrantOption) {

  public PrincipalPermissions {
    Objects.requireNonNull(principal, "Principal");
    Objects.requireNonNull(resource, "Resource");
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    permissionsWithGrantOption = permissionsWithGrantOption.isEmpty() ? Set.of()
        : Set.copyOf(EnumSet.copyOf(permissionsWithGrantOption));
  }

  /** This grant without {@code revoked} (and without them as grantable); null when nothing is left. */
  public PrincipalPermissions minus(Set<Permission> revoked, Set<Permission> revokedGrantOption) {
    Set<Permission> left = EnumSet.noneOf(Permission.class);
    left.addAll(permissions);
    left.removeAll(revoked);
    Set<Permission> grantable = EnumSet.noneOf(Permission.class);
    grantable.addAll(permissionsWithGrantOption);
    grantable.removeAll(revoked);
    grantable.removeAll(revokedGrantOption);
    return left.isEmpty() ? null : new PrincipalPermissions(principal, resource, left, grantable);
  }
}
