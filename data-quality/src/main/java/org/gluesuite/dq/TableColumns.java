package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.TableInput;

/** Where declared rulesets find the columns of their target tables, to check them before anything runs. */
@FunctionalInterface
public interface TableColumns {
  /** Checks nothing about tables (the rules are checked against the data when they are evaluated). */
  TableColumns UNCHECKED = (database, table) -> Optional.empty();

  /** The columns of {@code database.table} (partition keys included), or empty when the table is not known. */
  Optional<List<String>> columns(String database, String table);

  /** Whether an unknown target table is a problem. */
  default boolean checks() {
    return this != UNCHECKED;
  }

  /** The columns a ruleset on a table declared as {@code input} may name: its columns, then its partition keys. */
  static List<String> of(TableInput input) {
    List<String> names = new ArrayList<>(input.storageDescriptor().columns().stream().map(Column::name).toList());
    input.partitionKeys().forEach(key -> names.add(key.name()));
    return names;
  }
}
