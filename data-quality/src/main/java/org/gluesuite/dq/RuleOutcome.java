package org.gluesuite.dq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule of a ruleset came to, as data (never an exception): Glue's {@code Rule}, {@code Outcome},
 * {@code FailureReason} (null when it passed) and {@code EvaluatedMetrics} (metric name, e.g.
 * {@code Column.no2_mean.Completeness}, to value).
 */
public record RuleOutcome(String rule, Outcome outcome, String failureReason, Map<String, Double> evaluatedMetrics) {
  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    evaluatedMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(
        evaluatedMetrics == null ? Map.of() : evaluatedMetrics));
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  @Override
  public String toString() {
    return outcome.label() + "  " + rule + (failureReason == null ? "" : "  — " + failureReason);
  }
}
