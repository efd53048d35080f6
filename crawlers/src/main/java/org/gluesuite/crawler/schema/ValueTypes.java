package org.gluesuite.crawler.schema;

import java.util.regex.Pattern;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;

/**
 * The type a text value (a CSV cell, a grok capture) parses as, strictly: no surrounding whitespace
 * (a padded {@code " 12"} stays a string, since Hive's and Spark's readers would not parse it as a number).
 * Empty values are {@link PrimitiveType#NULL} and do not vote.
 */
public final class ValueTypes {
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,19}");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  private ValueTypes() {
  }

  public static GlueType of(String value) {
    if (value == null || value.isEmpty()) {
      return PrimitiveType.NULL;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return PrimitiveType.BOOLEAN;
    }
    char first = value.charAt(0);
    if (Character.isDigit(first) || first == '-' || first == '+' || first == '.') {
      if (INTEGER.matcher(value).matches()) {
        return fitsLong(value) ? PrimitiveType.BIGINT : PrimitiveType.DOUBLE;
      }
      if (DECIMAL.matcher(value).matches()) {
        return PrimitiveType.DOUBLE;
      }
      if (DATE.matcher(value).matches() && validDate(value)) {
        return PrimitiveType.DATE;
      }
      if (TIMESTAMP.matcher(value).matches() && validDate(value.substring(0, 10))) {
        return PrimitiveType.TIMESTAMP;
      }
    }
    return PrimitiveType.STRING;
  }

  private static boolean fitsLong(String value) {
    try {
      Long.parseLong(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean validDate(String value) {
    try {
      java.time.LocalDate.parse(value);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
