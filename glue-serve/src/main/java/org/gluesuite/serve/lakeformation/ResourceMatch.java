package org.gluesuite.serve.lakeformation;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a granted resource answers a {@code ListPermissions} {@code Resource} filter, both in the API's JSON form:
 * a table filter also finds the grants on its columns and data cells filters; catalog IDs are ignored (one catalog).
 */
final class ResourceMatch {
  private static final Set<String> IGNORED = Set.of("CatalogId", "TableCatalogId");

  private ResourceMatch() {
  }

  @SuppressWarnings("unchecked")
  static boolean matches(Map<String, Object> wanted, Map<String, Object> granted) {
    if (wanted.size() != 1 || granted.size() != 1) {
      return false;
    }
    String wantedKind = wanted.keySet().iterator().next();
    String grantedKind = granted.keySet().iterator().next();
    Map<String, Object> w = (Map<String, Object>) wanted.get(wantedKind);
    Map<String, Object> g = (Map<String, Object>) granted.get(grantedKind);
    if (wantedKind.equals("Table") && w != null && w.get("Name") != null) {
      return Set.of("Table", "TableWithColumns", "DataCellsFilter").contains(grantedKind)
          && lower(w.get("DatabaseName")).equals(lower(g.get("DatabaseName")))
          && lower(w.get("Name")).equals(lower(g.containsKey("TableName") ? g.get("TableName") : g.get("Name")));
    }
    if (wantedKind.equals("LFTag") && grantedKind.equals("LFTag")) {
      return Objects.equals(w.get("TagKey"), g.get("TagKey"));
    }
    return wantedKind.equals(grantedKind) && comparable(w).equals(comparable(g));
  }

  private static Map<String, Object> comparable(Map<String, Object> members) {
    Map<String, Object> copy = new java.util.TreeMap<>();
    if (members != null) {
      members.forEach((key, value) -> {
        if (!IGNORED.contains(key)) {
          copy.put(key, value instanceof String text && (key.endsWith("Name")) ? lower(text) : value);
        }
      });
    }
    return copy;
  }

  private static String lower(Object name) {
    return String.valueOf(name).toLowerCase(java.util.Locale.ROOT);
  }
}
