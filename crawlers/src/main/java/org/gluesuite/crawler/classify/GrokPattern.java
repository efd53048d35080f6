package org.gluesuite.crawler.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeParser;

/**
 * A grok pattern compiled to a regular expression: {@code %{PATTERN}}, {@code %{PATTERN:field}} and
 * {@code %{PATTERN:field:type}} (a primitive type: int, bigint/long, float, double, boolean, string, date, …),
 * over a built-in library of common patterns plus the classifier's custom patterns.
 */
public final class GrokPattern {
  private static final Pattern REFERENCE = Pattern.compile("%\\{(\\w+)(?::([\\w.\\-]+))?(?::(\\w+))?}");
  private static final Map<String, String> BUILT_IN = builtIn();

  private final Pattern regex;
  private final List<Field> fields;
  private final List<String> groups;

  private GrokPattern(Pattern regex, List<Field> fields, List<String> groups) {
    this.regex = regex;
    this.fields = fields;
    this.groups = groups;
  }

  /** @throws IllegalArgumentException naming an unknown pattern, a bad type or a regex error */
  public static GrokPattern compile(String grok, Map<String, String> custom) {
    Map<String, String> library = new HashMap<>(BUILT_IN);
    library.putAll(custom);
    List<Field> fields = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    String expanded = expand(grok, library, fields, groups, 0);
    try {
      return new GrokPattern(Pattern.compile(expanded), List.copyOf(fields), List.copyOf(groups));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("it expands to an invalid regular expression: " + e.getDescription());
    }
  }

  private static String expand(String grok, Map<String, String> library, List<Field> fields, List<String> groups,
      int depth) {
    if (depth > 20) {
      throw new IllegalArgumentException("patterns refer to each other in a cycle");
    }
    Matcher m = REFERENCE.matcher(grok);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = library.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException("unknown grok pattern %{" + m.group(1) + "}; define it in CustomPatterns");
      }
      String inner = expand(body, library, depth == 0 ? fields : new ArrayList<>(), new ArrayList<>(), depth + 1);
      String replacement;
      if (m.group(2) != null && depth == 0) {
        String group = "g" + groups.size();
        groups.add(group);
        fields.add(new Field(m.group(2).toLowerCase(java.util.Locale.ROOT), type(m.group(3))));
        replacement = "(?<" + group + ">" + inner + ")";
      } else {
        replacement = "(?:" + inner + ")";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A field's type as {@code %{PATTERN:field:type}} names it: a primitive type (int, long or bigint, double, …). */
  private static GlueType type(String name) {
    if (name == null) {
      return PrimitiveType.STRING;
    }
    try {
      GlueType type = TypeParser.frameType(name, null);
      if (type instanceof PrimitiveType && type != PrimitiveType.NULL) {
        return type;
      }
    } catch (InvalidTypeException e) {
      // reported below with the grok rule
    }
    throw new IllegalArgumentException("unknown grok field type '" + name + "'; use a primitive type such as int,"
        + " long, double, boolean, date, timestamp or string");
  }

  public boolean matches(String line) {
    return regex.matcher(line).matches();
  }

  public List<Field> fields() {
    return fields;
  }

  public Pattern regex() {
    return regex;
  }

  private static Map<String, String> builtIn() {
    Map<String, String> p = new HashMap<>();
    p.put("USERNAME", "[a-zA-Z0-9._-]+");
    p.put("USER", "%{USERNAME}");
    p.put("INT", "(?:[+-]?(?:[0-9]+))");
    p.put("BASE10NUM", "(?:[+-]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+))");
    p.put("NUMBER", "(?:%{BASE10NUM})");
    p.put("POSINT", "\\b(?:[1-9][0-9]*)\\b");
    p.put("NONNEGINT", "\\b(?:[0-9]+)\\b");
    p.put("WORD", "\\b\\w+\\b");
    p.put("NOTSPACE", "\\S+");
    p.put("SPACE", "\\s*");
    p.put("DATA", ".*?");
    p.put("GREEDYDATA", ".*");
    p.put("QUOTEDSTRING", "\"(?:[^\"\\\\]|\\\\.)*\"");
    p.put("UUID", "[A-Fa-f0-9]{8}-(?:[A-Fa-f0-9]{4}-){3}[A-Fa-f0-9]{12}");
    p.put("IPV4", "(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)");
    p.put("IP", "%{IPV4}");
    p.put("HOSTNAME", "\\b[0-9A-Za-z][0-9A-Za-z-]{0,62}(?:\\.[0-9A-Za-z][0-9A-Za-z-]{0,62})*\\.?\\b");
    p.put("IPORHOST", "(?:%{IP}|%{HOSTNAME})");
    p.put("URIPATH", "(?:/[A-Za-z0-9$.+!*'(){},~:;=@#%&_\\-]*)+");
    p.put("YEAR", "(?:\\d\\d){1,2}");
    p.put("MONTHNUM", "(?:0?[1-9]|1[0-2])");
    p.put("MONTHDAY", "(?:(?:0[1-9])|(?:[12][0-9])|(?:3[01])|[1-9])");
    p.put("HOUR", "(?:2[0123]|[01]?[0-9])");
    p.put("MINUTE", "(?:[0-5][0-9])");
    p.put("SECOND", "(?:(?:[0-5]?[0-9]|60)(?:[:.,][0-9]+)?)");
    p.put("TIME", "%{HOUR}:%{MINUTE}(?::%{SECOND})?");
    p.put("ISO8601_TIMEZONE", "(?:Z|[+-]%{HOUR}(?::?%{MINUTE}))");
    p.put("TIMESTAMP_ISO8601",
        "%{YEAR}-%{MONTHNUM}-%{MONTHDAY}[T ]%{HOUR}:?%{MINUTE}(?::?%{SECOND})?%{ISO8601_TIMEZONE}?");
    p.put("DATE_ISO", "%{YEAR}-%{MONTHNUM}-%{MONTHDAY}");
    p.put("LOGLEVEL", "(?:[Tt]race|TRACE|[Dd]ebug|DEBUG|[Ii]nfo|INFO|[Ww]arn(?:ing)?|WARN(?:ING)?|[Ee]rror|ERROR"
        + "|[Ff]atal|FATAL|[Cc]ritical|CRITICAL)");
    p.put("HTTPMETHOD", "(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS)");
    return Map.copyOf(p);
  }
}
