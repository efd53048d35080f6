package org.gluesuite.dq.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.dq.Outcome;
import org.gluesuite.dq.RuleOutcome;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.Condition;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;

/** Outcomes from metric values, with Glue's failure reasons. */
final class Decisions {
  private Decisions() {
  }

  /** The metric compared with the rule's number condition. */
  static RuleOutcome compare(DQRule rule, String metricName, Deequ.Value value) {
    if (!value.ok()) {
      return failed(rule, value.failure(), Map.of());
    }
    boolean passed = Operands.test(rule, (NumberBasedCondition) rule.getCondition(), value.value());
    return outcome(rule, passed, "Value: " + format(value.value()) + " does not meet the constraint requirement!",
        Map.of(metricName, value.value()));
  }

  /** A boolean rule: the metric must equal {@code expected} (IsComplete: completeness 1.0). */
  static RuleOutcome exactly(DQRule rule, String metricName, Deequ.Value value, double expected) {
    if (!value.ok()) {
      return failed(rule, value.failure(), Map.of());
    }
    return outcome(rule, value.value() == expected, "Value: " + format(value.value())
        + " does not meet the constraint requirement!", Map.of(metricName, value.value()));
  }

  /**
   * A row-level rule: the fraction of rows that pass, compared with the rule's {@code with threshold} when it has one,
   * else required to be 1.0 (every row). No rows to check passes, as in Glue.
   */
  static RuleOutcome share(DQRule rule, String metricName, Deequ.Value value, long rows) {
    if (rows == 0) {
      return new RuleOutcome(rule.toString(), Outcome.PASSED, null, Map.of());
    }
    if (!value.ok()) {
      return failed(rule, value.failure(), Map.of());
    }
    double ratio = value.value();
    Condition threshold = rule.getThresholdCondition();
    if (threshold instanceof NumberBasedCondition t && !t.getConditionAsString().isBlank()) {
      return outcome(rule, Operands.test(rule, t, ratio), "Value: " + format(ratio)
          + " does not meet the constraint requirement!", Map.of(metricName, ratio));
    }
    return outcome(rule, ratio == 1.0, String.format(Locale.ROOT, "%.2f %% of rows passed the threshold",
        ratio * 100), Map.of(metricName, ratio));
  }

  static RuleOutcome outcome(DQRule rule, boolean passed, String reasonIfFailed, Map<String, Double> metrics) {
    return new RuleOutcome(rule.toString(), Outcome.of(passed), passed ? null : reasonIfFailed,
        new LinkedHashMap<>(metrics));
  }

  static RuleOutcome failed(DQRule rule, String reason, Map<String, Double> metrics) {
    return new RuleOutcome(rule.toString(), Outcome.FAILED, reason, metrics);
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }
}
