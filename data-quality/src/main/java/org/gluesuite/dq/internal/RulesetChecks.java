package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.dq.DqdlRule;
import org.gluesuite.dq.RulesetProblem;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.StringBasedCondition;

/**
 * What can be checked before any data is read: each rule's type is one this runtime evaluates, the columns it names
 * are columns of the data (ignoring case, as Spark does), its reference datasets were given, and it is not a dynamic
 * rule ({@code avg(last(3))}).
 */
public final class RulesetChecks {
  private RulesetChecks() {
  }

  /**
   * Problems of {@code rules} over data with {@code columns} and reference datasets named {@code references} (null:
   * references are given later, when the rules are evaluated, so they are not checked now).
   */
  public static List<RulesetProblem> check(List<DqdlRule> rules, Collection<String> columns,
      Collection<String> references) {
    Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(columns);
    List<RulesetProblem> problems = new ArrayList<>();
    for (DqdlRule top : rules) {
      for (DQRule rule : top.leaves()) {
        String problem = problem(rule, known, columns, references);
        if (problem != null) {
          problems.add(new RulesetProblem(top.line(), top.column(), problem + " (in: " + rule + ")"));
        }
      }
    }
    return problems;
  }

  private static String problem(DQRule rule, Set<String> known, Collection<String> columns,
      Collection<String> references) {
    String type = rule.getRuleType();
    if (!SupportedRules.isSupported(type)) {
      return "rule type " + type + " is valid DQDL but not evaluated by this runtime; use one of "
          + SupportedRules.TYPES;
    }
    if (rule.getCondition() instanceof NumberBasedCondition n && Operands.hasFunctionCall(n)
        || rule.getThresholdCondition() instanceof NumberBasedCondition t && Operands.hasFunctionCall(t)) {
      return "dynamic rules (functions such as avg(last(3))) compare with earlier results and are not evaluated by "
          + "this runtime; compare with a number instead";
    }
    if (!type.equals("ColumnExists")) {
      for (String column : RuleColumns.primary(rule)) {
        if (!known.contains(column)) {
          return "column '" + column + "' is not in the data (columns: " + String.join(", ", columns) + ")"
              + suggestion(column, columns);
        }
      }
    }
    if (type.equals("ColumnDataType")) {
      String named = ((StringBasedCondition) rule.getCondition()).getOperands().get(0).getOperand();
      if (DataTypes.sparkType(named) == null) {
        return "ColumnDataType type '" + named + "' is not one DQDL names; use Boolean, Date, Timestamp, Integer, "
            + "Double, Float, Long or Decimal(p,s)";
      }
    }
    var reference = RuleColumns.reference(rule);
    if (references != null && reference.isPresent() && !references.contains(reference.get().alias())) {
      return "reference dataset '" + reference.get().alias() + "' was not given (given: " + references
          + "); pass it as an additional data source under that alias";
    }
    return null;
  }

  /** The column {@code column} most likely meant: the same ignoring case and punctuation, or
   * at most two edits away (and at most one edit per two letters). */
  private static String suggestion(String column, Collection<String> columns) {
    String wanted = normalized(column);
    String best = null;
    int bestDistance = 3;
    for (String candidate : columns) {
      int distance = editDistance(wanted, normalized(candidate));
      if (distance < bestDistance && distance * 2 <= wanted.length()) { // "x" is no misspelling of "id"
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Levenshtein distance (insertions, deletions, substitutions). */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
