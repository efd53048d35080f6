package org.gluesuite.lakeformation.rowfilter;

import org.gluesuite.common.GlueSuiteUserException;

/** A row filter expression that cannot be used; {@link #position()} is where in the expression (1-based). */
public final class RowFilterException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;
  private final int position;

  public RowFilterException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
