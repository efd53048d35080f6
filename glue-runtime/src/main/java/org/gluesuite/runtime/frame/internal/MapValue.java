package org.gluesuite.runtime.frame.internal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Spark map inside a record tree. Record trees use {@link LinkedHashMap} for structs, so a map needs its own
 * wrapper to keep its logical type through {@code map} and {@code filter}.
 */
public record MapValue(LinkedHashMap<Object, Object> entries) implements Serializable {
  public static MapValue of(Map<?, ?> entries) {
    return new MapValue(new LinkedHashMap<>(entries));
  }
}
