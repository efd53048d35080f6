package org.gluesuite.catalog.embedded;

import java.util.List;

/**
 * The indexed key of a partition: its values joined with U+0001. Values cannot contain control
 * characters (checked before storing), so the key is unique, and because U+0001 sorts below every
 * allowed character, ordering keys byte-wise orders partitions by their values, first value first.
 */
final class PartitionKey {

  private static final String SEPARATOR = "\u0001";

  private PartitionKey() {
  }

  static String of(List<String> values) {
    return String.join(SEPARATOR, values);
  }
}
