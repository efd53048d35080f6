package org.gluesuite.schemas;

import java.util.Objects;
import org.gluesuite.catalog.DatabaseInput;

/** A declared database: Glue's {@code DatabaseInput} and its file. */
public record DeclaredDatabase(DatabaseInput input, String file) {
  public DeclaredDatabase {
    Objects.requireNonNull(input);
  }
}
