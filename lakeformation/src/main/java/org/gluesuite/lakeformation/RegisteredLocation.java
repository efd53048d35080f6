package org.gluesuite.lakeformation;

import java.util.Objects;

/**
 * A data location registered with Lake Formation ({@code RegisterResource}): its {@code ResourceArn} as declared
 * and the local folder it stands for ({@code ${lake}} resolved). Data under it is governed: read it through
 * the catalog; creating tables there needs {@code DATA_LOCATION_ACCESS}.
 */
public record RegisteredLocation(String resourceArn, String path) {
  public RegisteredLocation {
    Objects.requireNonNull(resourceArn);
    path = LocationPaths.normalize(Objects.requireNonNull(path));
  }

  /** True when {@code other} is inside this location, is it, or contains it (a read of a parent reads it too). */
  public boolean overlaps(String other) {
    String p = LocationPaths.normalize(other);
    return p.equals(path) || p.startsWith(path + "/") || path.startsWith(p + "/");
  }

  /** True when {@code other} is this location or inside it. */
  public boolean contains(String other) {
    String p = LocationPaths.normalize(other);
    return p.equals(path) || p.startsWith(path + "/");
  }
}
