package org.gluesuite.common;

import java.util.Objects;

/**
 * A value parsed from a definition's text (an exclusion glob, a row filter, a cron schedule): equal to another of
 * its class with the same text, printed as that text, so messages and comparisons show what the user wrote.
 */
public abstract class ParsedText {
  private final String text;

  protected ParsedText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The text as written. */
  protected final String text() {
    return text;
  }

  @Override
  public final String toString() {
    return text;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ParsedText) o).text.equals(text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }
}
