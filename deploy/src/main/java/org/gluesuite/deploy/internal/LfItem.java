package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.gluesuite.deploy.ResourceKind;

/**
 * One Lake Formation item of the definitions in its request shape: a registration ({@code RegisterResource}), an
 * LF-Tag ({@code CreateLFTag}), a tag assignment ({@code AddLFTagsToResource}), a data cells filter (its
 * {@code TableData}) or a grant ({@code GrantPermissions}). {@code databases} are the databases it belongs to (the
 * deployer changes it only when it owns them); {@code table} is {@code db.table} when the item needs that table to
 * exist, else null.
 */
public record LfItem(ResourceKind kind, String name, String source, ObjectNode request, Set<String> databases,
    String table) {
  public LfItem {
    databases = Set.copyOf(databases);
  }

  public LfItem withDatabases(Set<String> owners) {
    return new LfItem(kind, name, source, request, owners, table);
  }
}
