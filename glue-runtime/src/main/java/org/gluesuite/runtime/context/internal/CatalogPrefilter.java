package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;

/**
 * The part of a {@code pushDownPredicate} the catalog can answer in its one {@code GetPartitions} call: a predicate
 * that is only {@code key = 'text'} comparisons on string partition keys joined by {@code AND} (the common
 * {@code year = '2024' AND month = '05' AND day = '15'}) means the same in Spark SQL and in Glue's partition
 * expressions, so the catalog filters it and Spark is not needed. Anything else stays Spark SQL, evaluated on the
 * partitions the catalog returned.
 */
public final class CatalogPrefilter {
  private static final Pattern AND = Pattern.compile("\\s+(?i:and)\\s+");
  private static final Pattern EQUALS = Pattern.compile("\\s*(`?)([A-Za-z_][A-Za-z0-9_]*)\\1\\s*=\\s*'([^'\\\\]*)'\\s*");

  private CatalogPrefilter() {
  }

  /** The predicate as a catalog expression, when it is a conjunction of string-key equalities. */
  public static Optional<String> of(String pushDownPredicate, Table table) {
    if (pushDownPredicate == null || pushDownPredicate.isBlank()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String conjunct : AND.split(pushDownPredicate.trim(), -1)) {
      Matcher m = EQUALS.matcher(conjunct);
      if (!m.matches()) {
        return Optional.empty();
      }
      Optional<Column> key = table.partitionKeys().stream()
          .filter(k -> k.name().equalsIgnoreCase(m.group(2))).findFirst();
      if (key.isEmpty() || !key.get().type().trim().toLowerCase(Locale.ROOT).equals("string")) {
        return Optional.empty();
      }
      parts.add("`" + key.get().name() + "` = '" + m.group(3) + "'");
    }
    return Optional.of(String.join(" AND ", parts));
  }
}
