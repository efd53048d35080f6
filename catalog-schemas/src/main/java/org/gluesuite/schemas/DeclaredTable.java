package org.gluesuite.schemas;

import java.util.Objects;
import org.gluesuite.catalog.TableInput;

/** A declared table: its database, Glue's {@code TableInput} as written (with {@code ${lake}}) and its file. */
public record DeclaredTable(String databaseName, TableInput input, String file) {
  public DeclaredTable {
    Objects.requireNonNull(databaseName);
    Objects.requireNonNull(input);
  }

  public String qualifiedName() {
    return databaseName + "." + input.name();
  }
}
