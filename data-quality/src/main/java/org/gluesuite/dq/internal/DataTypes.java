package org.gluesuite.dq.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The types {@code ColumnDataType} names (Boolean, Date, Timestamp, Integer, Double, Float, Long, Decimal(p,s)). */
final class DataTypes {
  private static final Map<String, String> SPARK = Map.of("BOOLEAN", "BOOLEAN", "DATE", "DATE", "TIMESTAMP",
      "TIMESTAMP", "INTEGER", "INT", "DOUBLE", "DOUBLE", "FLOAT", "FLOAT", "LONG", "BIGINT");
  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

  private DataTypes() {
  }

  /** The Spark SQL type to cast to, or null when DQDL has no such type. */
  static String sparkType(String dqdlType) {
    String upper = dqdlType.trim().toUpperCase(Locale.ROOT);
    Matcher decimal = DECIMAL.matcher(upper);
    if (decimal.matches()) {
      return "DECIMAL(" + decimal.group(1) + ", " + decimal.group(2) + ")";
    }
    return SPARK.get(upper);
  }
}
