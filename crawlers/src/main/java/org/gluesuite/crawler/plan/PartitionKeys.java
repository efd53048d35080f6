package org.gluesuite.crawler.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Partition key names and values: a level whose folders are all {@code key=value} with the same key is
 * named {@code key}; any other level is {@code partition_N} (N counting from 0). Values are the folder
 * names, or the part after '=' for {@code key=value} folders.
 */
final class PartitionKeys {
  private PartitionKeys() {
  }

  static List<String> names(List<String[]> folders, int depth) {
    List<String> keys = new ArrayList<>();
    for (int level = 0; level < depth; level++) {
      String key = null;
      boolean uniform = !folders.isEmpty();
      for (String[] segments : folders) {
        String k = keyOf(segments[level]);
        if (k == null || (key != null && !key.equals(k))) {
          uniform = false;
          break;
        }
        key = k;
      }
      keys.add(uniform ? key : "partition_" + level);
    }
    return makeUnique(keys);
  }

  static List<String> values(String[] segments, List<String> keys) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      int eq = segment.indexOf('=');
      boolean keyed = eq > 0 && !keys.get(i).equals("partition_" + i);
      values.add(keyed ? segment.substring(eq + 1) : segment);
    }
    return values;
  }

  private static String keyOf(String segment) {
    int eq = segment.indexOf('=');
    return eq > 0 ? TablePlanner.sanitize(segment.substring(0, eq).toLowerCase(Locale.ROOT)) : null;
  }

  private static List<String> makeUnique(List<String> keys) {
    List<String> unique = new ArrayList<>();
    for (String k : keys) {
      String name = k;
      for (int n = 1; unique.contains(name); n++) {
        name = k + "_" + n;
      }
      unique.add(name);
    }
    return unique;
  }
}
