package org.gluesuite.schemas;

import java.util.List;
import java.util.Optional;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;

/** The columns the data at a table's location actually has (partition keys left out); empty when there is none. */
public interface DataSchemaProbe {
  Optional<List<Column>> columns(Table table);

  /** Whether the probe can tell column types (CSV headers give names only). */
  default boolean typed(Table table) {
    return true;
  }
}
