package org.gluesuite.common;

import java.util.List;
import java.util.Map;

/**
 * Immutable copies for records' compact constructors, where an absent collection (a JSON member left out, a
 * {@code null} argument) is an empty one, so no caller checks for {@code null}.
 */
public final class Immutable {
  private Immutable() {
  }

  /** An unmodifiable copy of {@code values}; empty when {@code values} is null. */
  public static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** An unmodifiable copy of {@code values}; empty when {@code values} is null. */
  public static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : Map.copyOf(values);
  }
}
