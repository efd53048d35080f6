package org.gluesuite.lakeformation;

import java.util.EnumSet;
import java.util.Set;

/** Lake Formation's permissions, by their API names. */
public enum Permission {
  ALL, SELECT, ALTER, DROP, DELETE, INSERT, DESCRIBE, CREATE_DATABASE, CREATE_TABLE, DATA_LOCATION_ACCESS;

  /** What {@code ALL} stands for on a table. */
  public static final Set<Permission> TABLE_PERMISSIONS = EnumSet.of(SELECT, ALTER, DROP, DELETE, INSERT, DESCRIBE);
  /** What {@code ALL} stands for on a database. */
  public static final Set<Permission> DATABASE_PERMISSIONS = EnumSet.of(CREATE_TABLE, ALTER, DROP, DESCRIBE);

  /** True when a grant of {@code granted} includes this permission. */
  public boolean grantedBy(Set<Permission> granted) {
    return granted.contains(this) || (granted.contains(ALL) && this != DATA_LOCATION_ACCESS);
  }
}
