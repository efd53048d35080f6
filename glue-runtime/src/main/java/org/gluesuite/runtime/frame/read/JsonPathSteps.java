package org.gluesuite.runtime.frame.read;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.runtime.frame.FrameErrors;

/** The supported subset of JSONPath: {@code $}, {@code .name}, {@code ['name']} and {@code [*]} steps. */
public record JsonPathSteps(List<Step> steps) implements Serializable {

  /** One navigation step: a named field, or every element/value ({@code [*]}, {@code .*}). */
  public record Step(String field) implements Serializable {
    public boolean isWildcard() {
      return field == null;
    }
  }

  public static final JsonPathSteps ROOT = new JsonPathSteps(List.of());

  public JsonPathSteps {
    steps = List.copyOf(steps);
  }

  public static JsonPathSteps parse(String path) {
    if (path == null || path.isBlank() || path.trim().equals("$")) {
      return ROOT;
    }
    String p = path.trim();
    if (!p.startsWith("$")) {
      throw FrameErrors.unsupportedJsonPath(path, "it must start with $");
    }
    List<Step> out = new ArrayList<>();
    int i = 1;
    while (i < p.length()) {
      if (p.startsWith("[*]", i)) {
        out.add(new Step(null));
        i += 3;
      } else if (p.startsWith(".*", i)) {
        out.add(new Step(null));
        i += 2;
      } else if (p.startsWith("['", i) || p.startsWith("[\"", i)) {
        char q = p.charAt(i + 1);
        int close = p.indexOf(q + "]", i + 2);
        if (close < 0) {
          throw FrameErrors.unsupportedJsonPath(path, "a quoted name is not closed at position " + i);
        }
        out.add(new Step(p.substring(i + 2, close)));
        i = close + 2;
      } else if (p.charAt(i) == '.') {
        int start = i + 1;
        int end = start;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
          end++;
        }
        if (end == start) {
          throw FrameErrors.unsupportedJsonPath(path, "a name is empty at position " + i);
        }
        out.add(new Step(p.substring(start, end)));
        i = end;
      } else {
        throw FrameErrors.unsupportedJsonPath(path, "unexpected '" + p.charAt(i) + "' at position " + i
            + " (filters, indexes, slices and .. are not supported)");
      }
    }
    return new JsonPathSteps(out);
  }

  public boolean isRoot() {
    return steps.isEmpty();
  }
}
