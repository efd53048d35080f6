package org.gluesuite.schemas.json;

import org.gluesuite.common.GlueSuiteUserException;

/** A definition file (table, database, grants) that cannot be used: the message names file, JSON path and fix. */
public class DefinitionException extends GlueSuiteUserException {
  public DefinitionException(String message) {
    super(message);
  }
}
