package org.gluesuite.runtime.frame;

import java.util.Objects;

/**
 * One resolveChoice entry: a path ({@code price}, {@code address.zip}, {@code items[].price}) and an action:
 * {@code cast:<type>}, {@code project:<type>}, {@code make_cols}, {@code make_struct} or {@code match_catalog}.
 */
public record ResolveChoiceSpec(String path, String action) {
  public ResolveChoiceSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
  }

  public static ResolveChoiceSpec of(String path, String action) {
    return new ResolveChoiceSpec(path, action);
  }
}
