package org.gluesuite.crawler.definition;

import java.util.regex.Pattern;
import org.gluesuite.common.ParsedText;

/**
 * An S3 target exclusion pattern, matched against a key relative to the target path: {@code *} within
 * one folder, {@code **} across folders, {@code ?} one character, {@code [a-z]} / {@code [!a-z]} a class,
 * {@code {a,b}} alternatives, {@code \} escapes. A folder is excluded when the pattern matches the folder
 * with a trailing {@code /} (so {@code archive/**} prunes {@code archive} without listing it).
 */
public final class ExclusionGlob extends ParsedText {
  private final Pattern regex;

  private ExclusionGlob(String glob, Pattern regex) {
    super(glob);
    this.regex = regex;
  }

  /** @throws IllegalArgumentException with the reason when the glob is malformed */
  public static ExclusionGlob compile(String glob) {
    if (glob.isEmpty()) {
      throw new IllegalArgumentException("it is empty");
    }
    StringBuilder out = new StringBuilder();
    int end = translate(glob, 0, out, false);
    if (end != glob.length()) {
      throw new IllegalArgumentException("unexpected '" + glob.charAt(end) + "' at position " + (end + 1));
    }
    return new ExclusionGlob(glob, Pattern.compile(out.toString()));
  }

  /** Translates from {@code start} until the end, or until a ',' or '}' when inside braces. */
  private static int translate(String glob, int start, StringBuilder out, boolean inBraces) {
    int i = start;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (inBraces && (c == ',' || c == '}')) {
        return i;
      }
      switch (c) {
        case '\\' -> {
          if (i + 1 >= glob.length()) {
            throw new IllegalArgumentException("it ends with a lone '\\'");
          }
          out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
          i += 2;
        }
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
            out.append(slashAfter ? "(?:.*/)?" : ".*");
            i += slashAfter ? 3 : 2;
          } else {
            out.append("[^/]*");
            i++;
          }
        }
        case '?' -> {
          out.append("[^/]");
          i++;
        }
        case '[' -> i = charClass(glob, i, out);
        case '{' -> i = alternatives(glob, i, out);
        case '}', ']' -> throw new IllegalArgumentException("'" + c + "' at position " + (i + 1) + " closes nothing");
        default -> {
          out.append(Pattern.quote(String.valueOf(c)));
          i++;
        }
      }
    }
    if (inBraces) {
      throw new IllegalArgumentException("'{' is never closed");
    }
    return i;
  }

  private static int charClass(String glob, int open, StringBuilder out) {
    int close = glob.indexOf(']', open + 2);
    if (close < 0) {
      throw new IllegalArgumentException("'[' at position " + (open + 1) + " is never closed");
    }
    String body = glob.substring(open + 1, close);
    boolean negated = body.startsWith("!") || body.startsWith("^");
    if (negated) {
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      throw new IllegalArgumentException("'[' at position " + (open + 1) + " holds no characters");
    }
    StringBuilder cls = new StringBuilder(negated ? "[^/" : "[");
    for (char ch : body.toCharArray()) {
      cls.append(ch == '-' ? "-" : (Character.isLetterOrDigit(ch) ? String.valueOf(ch) : "\\" + ch));
    }
    out.append(cls).append(']');
    return close + 1;
  }

  private static int alternatives(String glob, int open, StringBuilder out) {
    out.append("(?:");
    int i = open + 1;
    while (true) {
      i = translate(glob, i, out, true);
      if (i >= glob.length()) {
        throw new IllegalArgumentException("'{' at position " + (open + 1) + " is never closed");
      }
      if (glob.charAt(i) == '}') {
        out.append(')');
        return i + 1;
      }
      out.append('|');
      i++;
    }
  }

  /** Whether a file (relative key, '/'-separated) is excluded. */
  public boolean matchesFile(String relativeKey) {
    return regex.matcher(relativeKey).matches();
  }

  /** Whether a whole folder (relative, '/'-separated, no trailing slash) is excluded. */
  public boolean matchesFolder(String relativeFolder) {
    return regex.matcher(relativeFolder + "/").matches();
  }

  public String glob() {
    return text();
  }
}
