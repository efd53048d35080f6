package org.gluesuite.schemas;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glue/Hive column types accepted in declared tables: {@code string, bigint, int, double, boolean, date,
 * timestamp, decimal(p,s), array<T>, map<K,V>, struct<name:T,...>}. A small recursive parser that reports the
 * character where a type stops making sense.
 */
public final class GlueTypes {
  static final Set<String> PRIMITIVES = Set.of("string", "bigint", "int", "double", "boolean", "date", "timestamp");
  private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),(\\d+)\\)");
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private final String text;
  private int i;

  private GlueTypes(String text) {
    this.text = text;
  }

  /** Thrown by {@link #check}: where (0-based) and why. */
  public static final class TypeError extends org.gluesuite.common.GlueSuiteUserException {
    private static final long serialVersionUID = 1L;
    final int position;

    TypeError(int position, String why) {
      super(why);
      this.position = position;
    }

    public int position() {
      return position;
    }
  }

  /** @throws TypeError if {@code type} is not one of the accepted types */
  public static void check(String type) {
    GlueTypes parser = new GlueTypes(type);
    parser.type();
    if (parser.i != type.length()) {
      throw new TypeError(parser.i, "unexpected '" + type.substring(parser.i) + "'");
    }
  }

  /** True for the primitive names and decimal(p,s). */
  static boolean isPrimitive(String type) {
    return PRIMITIVES.contains(type) || DECIMAL.matcher(type).matches();
  }

  private String type() {
    int start = i;
    String word = word();
    switch (word) {
      case "array": {
        expect('<');
        type();
        expect('>');
        break;
      }
      case "map": {
        expect('<');
        int keyStart = i;
        String key = type();
        if (!isPrimitive(key)) {
          throw new TypeError(keyStart, "map keys must be a primitive type, not " + key);
        }
        expect(',');
        type();
        expect('>');
        break;
      }
      case "struct": {
        expect('<');
        Set<String> names = new HashSet<>();
        do {
          int nameStart = i;
          String name = word();
          if (!FIELD_NAME.matcher(name).matches()) {
            throw new TypeError(nameStart, "expected a lower-case field name");
          }
          if (!names.add(name)) {
            throw new TypeError(nameStart, "field '" + name + "' appears twice");
          }
          expect(':');
          type();
        } while (accept(','));
        expect('>');
        break;
      }
      case "decimal": {
        int end = text.indexOf(')', i);
        Matcher m = DECIMAL.matcher(end < 0 ? "" : text.substring(start, end + 1));
        if (!m.matches()) {
          throw new TypeError(i, "decimal needs (precision,scale), e.g. decimal(10,2)");
        }
        int precision = Integer.parseInt(m.group(1));
        int scale = Integer.parseInt(m.group(2));
        if (precision < 1 || precision > 38 || scale > precision) {
          throw new TypeError(start, "decimal(" + precision + "," + scale + ") is out of range");
        }
        i = end + 1;
        break;
      }
      default:
        if (!PRIMITIVES.contains(word)) {
          throw new TypeError(start, word.isEmpty() ? "expected a type" : "'" + word + "' is not a supported type");
        }
    }
    return text.substring(start, i);
  }

  private String word() {
    int start = i;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    return text.substring(start, i);
  }

  private void expect(char c) {
    if (i >= text.length() || text.charAt(i) != c) {
      throw new TypeError(i, "expected '" + c + "'");
    }
    i++;
  }

  private boolean accept(char c) {
    if (i < text.length() && text.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }
}
