package org.gluesuite.serve.glue;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gluesuite.serve.ServeErrors;

/**
 * {@code GetTables}' {@code Expression}: a regular expression the whole table name must match ({@code sales_.*}),
 * ignoring case, as names are stored lower-case.
 */
final class TableNameExpression {
  private TableNameExpression() {
  }

  static Pattern parse(String expression) {
    try {
      return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw ServeErrors.invalidTableExpression(expression, e.getDescription(), e.getIndex() + 1);
    }
  }
}
