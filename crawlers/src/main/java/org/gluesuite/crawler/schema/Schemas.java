package org.gluesuite.crawler.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;

/** Comparisons between column lists used by the crawler's grouping rule. */
public final class Schemas {
  private Schemas() {
  }

  /**
   * How similar a schema is to another, in [0, 1]: the share of the other's columns it has with a
   * compatible type (same name, and the same type or one that merges without falling back to string).
   */
  public static double similarity(List<Field> schema, List<Field> union) {
    if (union.isEmpty()) {
      return 1.0;
    }
    int common = 0;
    for (Field u : union) {
      for (Field f : schema) {
        if (f.name().equalsIgnoreCase(u.name()) && compatible(f.type(), u.type())) {
          common++;
          break;
        }
      }
    }
    return (double) common / union.size();
  }

  static boolean compatible(GlueType a, GlueType b) {
    GlueType merged = TypeMerger.CATALOG.merge(a, b);
    return !merged.equals(PrimitiveType.STRING) || a.equals(PrimitiveType.STRING) || b.equals(PrimitiveType.STRING)
        || a.equals(PrimitiveType.NULL) || b.equals(PrimitiveType.NULL);
  }

  public static Set<String> names(List<Field> fields) {
    Set<String> names = new HashSet<>();
    fields.forEach(f -> names.add(f.name().toLowerCase(Locale.ROOT)));
    return names;
  }
}
