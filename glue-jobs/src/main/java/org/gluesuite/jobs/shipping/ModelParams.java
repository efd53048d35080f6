package org.gluesuite.jobs.shipping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The training job's {@code --model_params}: MLlib parameter names and values, written as a JSON object
 * ({@code {"maxIter": 32}}) or, as the seed passes them, a Python dict literal ({@code "{'maxIter': 32}"}). Values are
 * numbers, quoted strings and booleans ({@code true}/{@code false} or {@code True}/{@code False}); a trailing comma
 * is allowed, as in Python. Parsed strictly: anything else fails naming the character where it went wrong.
 *
 * @param values the parameters in the order given: {@code Long} for whole numbers, {@code Double}, {@code String},
 *     {@code Boolean}
 */
public record ModelParams(Map<String, Object> values) {
  /** No parameters: every MLlib default. */
  public static final ModelParams NONE = new ModelParams(Map.of());

  public ModelParams {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Parses the argument; null or blank is {@link #NONE}. */
  public static ModelParams parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    return new ModelParams(new Reader(text).dictionary());
  }

  /** A recursive-descent reader of one flat dictionary. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Map<String, Object> dictionary() {
      Map<String, Object> values = new LinkedHashMap<>();
      expect('{', "a dictionary starting with {");
      skipSpace();
      while (!peek('}')) {
        int keyAt = at;
        if (!peek('\'') && !peek('"')) {
          throw fail("a parameter name in quotes, e.g. 'maxIter'");
        }
        String name = string();
        if (values.containsKey(name)) {
          at = keyAt;
          throw fail("each parameter once, but '" + name + "' is given again");
        }
        expect(':', "':' after the parameter name '" + name + "'");
        skipSpace();
        values.put(name, value(name));
        skipSpace();
        if (peek(',')) {
          at++;
          skipSpace();
        } else if (!peek('}')) {
          throw fail("',' or '}' after the value of '" + name + "'");
        }
      }
      at++;
      skipSpace();
      if (at < text.length()) {
        throw fail("nothing after the closing '}'");
      }
      return values;
    }

    private Object value(String name) {
      if (peek('\'') || peek('"')) {
        return string();
      }
      if (peek('{') || peek('[') || peek('(')) {
        throw fail("a number, a quoted string or a boolean for '" + name + "': lists and nested dictionaries are not "
            + "parameter values here");
      }
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "+-._".indexOf(text.charAt(at)) >= 0)) {
        at++;
      }
      String word = text.substring(start, at);
      switch (word) {
        case "true", "True":
          return Boolean.TRUE;
        case "false", "False":
          return Boolean.FALSE;
        case "None", "null":
          at = start;
          throw fail("a value for '" + name + "', not " + word + ": leave the parameter out to keep its default");
        default:
          break;
      }
      if (word.matches("[-+]?\\d+")) {
        try {
          return Long.parseLong(word.startsWith("+") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
          at = start;
          throw fail("a whole number small enough for a parameter for '" + name + "'");
        }
      }
      if (word.matches("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?")) {
        return Double.parseDouble(word);
      }
      at = start;
      throw fail("a number, a quoted string or a boolean (true/false or True/False) for '" + name + "'");
    }

    private String string() {
      char quote = text.charAt(at++);
      StringBuilder value = new StringBuilder();
      while (at < text.length() && text.charAt(at) != quote) {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          char escaped = text.charAt(at++);
          value.append(switch (escaped) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> escaped;
          });
        } else {
          value.append(c);
        }
      }
      if (at >= text.length()) {
        throw fail("the closing " + quote + " of a string");
      }
      at++;
      return value.toString();
    }

    private void expect(char c, String what) {
      skipSpace();
      if (!peek(c)) {
        throw fail(what);
      }
      at++;
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private ShippingArgumentException fail(String expected) {
      String found = at >= text.length() ? "the end of the text"
          : "'" + text.substring(at, Math.min(text.length(), at + 12)) + "'";
      return ShippingErrors.invalidModelParams(text, at + 1, found, expected);
    }
  }
}
