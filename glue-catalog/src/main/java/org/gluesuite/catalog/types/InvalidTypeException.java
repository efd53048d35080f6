package org.gluesuite.catalog.types;

import org.gluesuite.catalog.InvalidInputException;

/**
 * A type string that is not a Glue type. Carries the string, the 1-based character where it stops making sense
 * and why, so callers that know more (a definition file and JSON path) can say where it came from.
 */
public final class InvalidTypeException extends InvalidInputException {
  private final String typeString;
  private final int position;
  private final String reason;

  public InvalidTypeException(String message, String typeString, int position, String reason) {
    super(message);
    this.typeString = typeString;
    this.position = position;
    this.reason = reason;
  }

  public String typeString() {
    return typeString;
  }

  /** The 1-based character of {@link #typeString()} the reason is about (one past the end: the string ended). */
  public int position() {
    return position;
  }

  public String reason() {
    return reason;
  }
}
