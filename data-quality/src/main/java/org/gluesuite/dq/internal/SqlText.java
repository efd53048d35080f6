package org.gluesuite.dq.internal;

import java.math.BigDecimal;

/** Spark SQL text for names and values taken from a ruleset. */
final class SqlText {
  private SqlText() {
  }

  static String column(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  static String string(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
