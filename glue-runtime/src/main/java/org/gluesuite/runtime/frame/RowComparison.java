package org.gluesuite.runtime.frame;

import java.util.Objects;

/**
 * One splitRows condition: the value at {@code path} compared with {@code value} by {@code operator}, one of
 * {@code < <= = != >= >}. A record matches when all conditions hold; a null value never matches.
 */
public record RowComparison(String path, String operator, Object value) {
  public RowComparison {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operator, "operator");
  }

  public static RowComparison of(String path, String operator, Object value) {
    return new RowComparison(path, operator, value);
  }
}
