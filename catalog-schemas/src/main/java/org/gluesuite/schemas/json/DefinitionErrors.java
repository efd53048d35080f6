package org.gluesuite.schemas.json;

/** Every user-facing error about a definition file, made in one place: where, what, and how to fix it. */
public final class DefinitionErrors {
  private DefinitionErrors() {
  }

  /** {@code file} at JSON path {@code path}: {@code what}. {@code fix} */
  public static DefinitionException at(String file, String path, String what, String fix) {
    return new DefinitionException(String.format("%s: at %s: %s. %s", file, path, what, fix));
  }

  public static DefinitionException unreadable(String file, String reason) {
    return new DefinitionException(String.format("%s: cannot be read (%s). Check the path and permissions.",
        file, reason));
  }
}
