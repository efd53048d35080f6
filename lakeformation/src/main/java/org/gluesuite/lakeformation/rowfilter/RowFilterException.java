package org.gluesuite.lakeformation.rowfilter;

/** A row filter expression that cannot be used; {@link #position()} is where in the expression (1-based). */
public final class RowFilterException extends IllegalArgumentException {
  private final int position;

  public RowFilterException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
