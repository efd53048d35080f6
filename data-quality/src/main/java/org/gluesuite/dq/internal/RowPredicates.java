package org.gluesuite.dq.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.date.DateBasedCondition;
import software.amazon.glue.dqdl.model.condition.date.DateExpression;
import software.amazon.glue.dqdl.model.condition.duration.Duration;
import software.amazon.glue.dqdl.model.condition.duration.DurationBasedCondition;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.KeywordStringOperand;
import software.amazon.glue.dqdl.model.condition.string.StringBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.StringOperand;

/**
 * DQDL conditions as Spark SQL predicates over one row, never null (a row passes or fails). DQDL's null rule: a
 * {@code NULL} value fails every comparison but {@code !=} and {@code not in}, which it passes; {@code NULL} in a
 * set or as the operand of {@code =}/{@code !=} matches nulls. {@code between} excludes its bounds, as DQDL's own
 * evaluator does.
 */
final class RowPredicates {
  private RowPredicates() {
  }

  /** {@code value} (a SQL expression, e.g. a column or {@code length(col)}) against a number condition. */
  static String number(DQRule rule, String value, NumberBasedCondition condition) {
    List<Double> all = Operands.values(rule, condition);
    boolean hasNull = all.contains(null);
    List<String> numbers = all.stream().filter(Objects::nonNull).map(SqlText::number).toList();
    String isNull = value + " IS NULL";
    String notNull = value + " IS NOT NULL";
    return switch (condition.getOperator()) {
      case GREATER_THAN -> and(notNull, value + " > " + numbers.get(0));
      case GREATER_THAN_EQUAL_TO -> and(notNull, value + " >= " + numbers.get(0));
      case LESS_THAN -> and(notNull, value + " < " + numbers.get(0));
      case LESS_THAN_EQUAL_TO -> and(notNull, value + " <= " + numbers.get(0));
      case BETWEEN -> and(notNull, value + " > " + numbers.get(0) + " AND " + value + " < " + numbers.get(1));
      case NOT_BETWEEN -> and(notNull, "(" + value + " <= " + numbers.get(0) + " OR " + value + " >= "
          + numbers.get(1) + ")");
      case EQUALS -> hasNull ? isNull : and(notNull, value + " = " + numbers.get(0));
      case NOT_EQUALS -> hasNull ? notNull : "(" + isNull + " OR " + value + " != " + numbers.get(0) + ")";
      case IN -> set(value, numbers, hasNull, false);
      case NOT_IN -> set(value, numbers, hasNull, true);
    };
  }

  /** A column against a string condition: sets with NULL, EMPTY and WHITESPACES_ONLY, equality, full regex match. */
  static String string(String column, StringBasedCondition condition) {
    List<String> quoted = new ArrayList<>();
    boolean hasNull = false;
    List<String> keywords = new ArrayList<>();
    for (StringOperand operand : condition.getOperands()) {
      if (operand instanceof KeywordStringOperand keyword) {
        String name = keyword.formatOperand();
        if (name.equals("NULL")) {
          hasNull = true;
        } else {
          keywords.add(name.equals("EMPTY") ? column + " = ''"
              : "(length(" + column + ") > 0 AND length(trim(" + column + ")) = 0)");
        }
      } else {
        quoted.add(SqlText.string(operand.getOperand()));
      }
    }
    String notNull = column + " IS NOT NULL";
    return switch (condition.getOperator()) {
      case MATCHES -> and(notNull, column + " RLIKE " + SqlText.string("^(?:" + pattern(condition) + ")$"));
      case NOT_MATCHES -> and(notNull, "NOT (" + column + " RLIKE " + SqlText.string("^(?:" + pattern(condition)
          + ")$") + ")");
      case EQUALS, IN -> {
        List<String> any = new ArrayList<>(keywords);
        if (!quoted.isEmpty()) {
          any.add(column + " IN (" + String.join(", ", quoted) + ")");
        }
        String matched = any.isEmpty() ? "false" : "(" + String.join(" OR ", any) + ")";
        yield hasNull ? "(" + column + " IS NULL OR coalesce(" + matched + ", false))" : and(notNull, matched);
      }
      case NOT_EQUALS, NOT_IN -> {
        List<String> any = new ArrayList<>(keywords);
        if (!quoted.isEmpty()) {
          any.add(column + " IN (" + String.join(", ", quoted) + ")");
        }
        String matched = any.isEmpty() ? "false" : "(" + String.join(" OR ", any) + ")";
        yield hasNull ? and(notNull, "NOT " + matched) : "(" + column + " IS NULL OR NOT " + matched + ")";
      }
    };
  }

  /** A column's date (its value as a date) against a date condition; the bounds are evaluated once, at parse time. */
  static String date(String column, DateBasedCondition condition) {
    DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
    List<String> dates = new ArrayList<>();
    boolean hasNull = false;
    for (DateExpression e : condition.getOperands()) {
      if (e.getEvaluatedExpression() == null) {
        hasNull = true;
      } else {
        dates.add("DATE " + SqlText.string(e.getEvaluatedExpression().toLocalDate().format(iso)));
      }
    }
    String value = "to_date(" + column + ")";
    String notNull = value + " IS NOT NULL";
    return switch (condition.getOperator()) {
      case GREATER_THAN -> and(notNull, value + " > " + dates.get(0));
      case GREATER_THAN_EQUAL_TO -> and(notNull, value + " >= " + dates.get(0));
      case LESS_THAN -> and(notNull, value + " < " + dates.get(0));
      case LESS_THAN_EQUAL_TO -> and(notNull, value + " <= " + dates.get(0));
      case BETWEEN -> and(notNull, value + " > " + dates.get(0) + " AND " + value + " < " + dates.get(1));
      case NOT_BETWEEN -> and(notNull, "(" + value + " <= " + dates.get(0) + " OR " + value + " >= "
          + dates.get(1) + ")");
      case EQUALS -> hasNull ? column + " IS NULL" : and(notNull, value + " = " + dates.get(0));
      case NOT_EQUALS -> hasNull ? column + " IS NOT NULL"
          : "(" + value + " IS NULL OR " + value + " != " + dates.get(0) + ")";
      case IN -> set(value, dates, hasNull, false);
      case NOT_IN -> set(value, dates, hasNull, true);
    };
  }

  /**
   * DataFreshness: the age of the column's value in hours (now minus the value, rounded to 2 decimals as Glue does)
   * against a duration condition; a null value fails.
   */
  static String freshness(String column, DurationBasedCondition condition) {
    String age = "round((unix_timestamp(current_timestamp()) - unix_timestamp(to_timestamp(" + column
        + "))) / 3600.0, 2)";
    List<String> hours = condition.getOperands().stream().map(RowPredicates::hours).map(SqlText::number).toList();
    String notNull = "to_timestamp(" + column + ") IS NOT NULL";
    String test = switch (condition.getOperator()) {
      case GREATER_THAN -> age + " > " + hours.get(0);
      case GREATER_THAN_EQUAL_TO -> age + " >= " + hours.get(0);
      case LESS_THAN -> age + " < " + hours.get(0);
      case LESS_THAN_EQUAL_TO -> age + " <= " + hours.get(0);
      case BETWEEN -> age + " > " + hours.get(0) + " AND " + age + " < " + hours.get(1);
      case NOT_BETWEEN -> "(" + age + " <= " + hours.get(0) + " OR " + age + " >= " + hours.get(1) + ")";
      case EQUALS -> age + " = " + hours.get(0);
      case NOT_EQUALS -> age + " != " + hours.get(0);
      case IN -> age + " IN (" + String.join(", ", hours) + ")";
      case NOT_IN -> "NOT " + age + " IN (" + String.join(", ", hours) + ")";
    };
    return and(notNull, test);
  }

  private static double hours(Duration duration) {
    return switch (duration.getUnit()) {
      case DAYS -> 24.0 * duration.getAmount();
      case HOURS -> duration.getAmount();
      case MINUTES -> duration.getAmount() / 60.0;
    };
  }

  private static String set(String value, List<String> members, boolean hasNull, boolean negated) {
    String in = members.isEmpty() ? "false" : value + " IN (" + String.join(", ", members) + ")";
    if (!negated) {
      return hasNull ? "(" + value + " IS NULL OR coalesce(" + in + ", false))" : and(value + " IS NOT NULL", in);
    }
    return hasNull ? and(value + " IS NOT NULL", "NOT " + in) : "(" + value + " IS NULL OR NOT " + in + ")";
  }

  private static String pattern(StringBasedCondition condition) {
    return condition.getOperands().get(0).getOperand();
  }

  private static String and(String left, String right) {
    return "(" + left + " AND " + right + ")";
  }
}
