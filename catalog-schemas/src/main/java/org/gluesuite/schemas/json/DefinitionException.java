package org.gluesuite.schemas.json;

/** A definition file (table, database, grants) that cannot be used: the message names file, JSON path and fix. */
public class DefinitionException extends IllegalArgumentException {
  public DefinitionException(String message) {
    super(message);
  }
}
