package org.gluesuite.dq;

import java.util.List;
import org.gluesuite.common.GlueSuiteUserException;

/**
 * A DQDL ruleset that cannot be evaluated: a syntax error, a rule type DQDL or this runtime does not know, or a column
 * the data does not have. Raised before any Spark job runs; {@link #problems()} lists each with its DQDL line and
 * column.
 */
public final class InvalidRulesetException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;
  private final transient List<RulesetProblem> problems;

  InvalidRulesetException(String message, List<RulesetProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<RulesetProblem> problems() {
    return problems;
  }

  /** Glue's error for a ruleset it rejects (CreateDataQualityRuleset, StartDataQualityRulesetEvaluationRun). */
  @Override
  public String errorCode() {
    return "InvalidInputException";
  }
}
