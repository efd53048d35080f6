package org.gluesuite.runtime.frame.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.runtime.frame.FrameErrors;

/**
 * A parsed field path: {@code a.b} nests, {@code `a.b`} is one name containing a dot, {@code items[].price}
 * addresses {@code price} in every element of the array {@code items}.
 */
public record FieldPath(String text, List<Segment> segments) {

  /** One step of a path: a field name, or "every element" of an array. */
  public sealed interface Segment permits Name, Elements {
  }

  public record Name(String name) implements Segment {
  }

  public record Elements() implements Segment {
  }

  public FieldPath {
    segments = List.copyOf(segments);
  }

  public static FieldPath parse(String text) {
    if (text == null || text.isEmpty()) {
      throw FrameErrors.malformedPath(String.valueOf(text), "the path is empty");
    }
    List<Segment> out = new ArrayList<>();
    int i = 0;
    boolean expectName = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (expectName) {
        StringBuilder name = new StringBuilder();
        if (c == '`') {
          int close = text.indexOf('`', i + 1);
          while (close >= 0 && close + 1 < text.length() && text.charAt(close + 1) == '`') {
            name.append(text, i + 1, close).append('`');
            i = close + 1;
            close = text.indexOf('`', close + 2);
          }
          if (close < 0) {
            throw FrameErrors.malformedPath(text, "a back-quote is not closed");
          }
          name.append(text, i + 1, close);
          i = close + 1;
        } else {
          int start = i;
          while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
            i++;
          }
          name.append(text, start, i);
        }
        if (name.length() == 0) {
          throw FrameErrors.malformedPath(text, "a field name is empty at position " + i);
        }
        out.add(new Name(name.toString()));
        expectName = false;
      } else if (c == '[') {
        if (!text.startsWith("[]", i)) {
          throw FrameErrors.malformedPath(text, "write array elements as [] (no index) at position " + i);
        }
        out.add(new Elements());
        i += 2;
      } else if (c == '.') {
        i++;
        expectName = true;
        if (i == text.length()) {
          throw FrameErrors.malformedPath(text, "the path ends with a dot");
        }
      } else {
        throw FrameErrors.malformedPath(text, "unexpected '" + c + "' at position " + i);
      }
    }
    return new FieldPath(text, out);
  }

  public static FieldPath of(List<Segment> segments) {
    return new FieldPath(render(segments), segments);
  }

  public Segment first() {
    return segments.get(0);
  }

  public FieldPath rest() {
    return of(segments.subList(1, segments.size()));
  }

  public boolean isEmpty() {
    return segments.isEmpty();
  }

  public int size() {
    return segments.size();
  }

  public boolean hasElements() {
    return segments.stream().anyMatch(s -> s instanceof Elements);
  }

  /** The last segment's name; paths end with a name. */
  public String leafName() {
    Segment last = segments.get(segments.size() - 1);
    if (last instanceof Name n) {
      return n.name();
    }
    throw FrameErrors.malformedPath(text, "the path must end with a field name, not []");
  }

  public FieldPath parent() {
    return of(segments.subList(0, segments.size() - 1));
  }

  public List<String> names() {
    return segments.stream().filter(s -> s instanceof Name).map(s -> ((Name) s).name())
        .collect(Collectors.toList());
  }

  /** Renders a path back to text, back-quoting names that contain dots. */
  public static String render(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Name n) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(quoteIfNeeded(n.name()));
      } else {
        out.append("[]");
      }
    }
    return out.toString();
  }

  public static String quoteIfNeeded(String name) {
    return name.contains(".") || name.contains("`") || name.contains("[")
        ? "`" + name.replace("`", "``") + "`" : name;
  }

  @Override
  public String toString() {
    return text;
  }
}
