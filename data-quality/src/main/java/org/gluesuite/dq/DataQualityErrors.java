package org.gluesuite.dq;

import java.util.List;
import java.util.stream.Collectors;

/** Every user-facing failure of the data-quality module, made here: what is wrong, where, and how to fix it. */
public final class DataQualityErrors {
  private DataQualityErrors() {
  }

  static InvalidRulesetException invalidRuleset(List<RulesetProblem> problems) {
    return new InvalidRulesetException("The DQDL ruleset is invalid:" + lines(problems)
        + "\nFix the rules at those lines and columns (see the DQDL rule type reference).", problems);
  }

  static InvalidRulesetException notForData(List<RulesetProblem> problems) {
    return new InvalidRulesetException("The DQDL ruleset does not fit the data it is evaluated on:" + lines(problems)
        + "\nChange those rules, or evaluate the ruleset on data that has what they name.", problems);
  }

  /** The job stops because rules failed and its options say to stop on failure. */
  public static DataQualityFailedException rulesFailed(String context, List<RuleOutcome> failed) {
    return new DataQualityFailedException("Data quality evaluation " + context + " failed " + failed.size()
        + " rule" + (failed.size() == 1 ? "" : "s") + ", and the evaluation stops the job on failure:"
        + failed.stream().map(o -> "\n  " + o.rule() + (o.failureReason() == null ? "" : " — " + o.failureReason()))
        .collect(Collectors.joining()), failed);
  }

  public static InvalidDataQualityOptionException badOption(String key, Object value, String allowed) {
    return new InvalidDataQualityOptionException("Data quality option " + key + " = " + value + " is not valid: "
        + allowed + ".");
  }

  static InvalidDataQualityOptionException unknownOption(String key, List<String> known) {
    return new InvalidDataQualityOptionException("Data quality option " + key + " is not one Glue defines; use "
        + String.join(", ", known) + ".");
  }

  static CorruptDataQualityResultException corruptResult(java.nio.file.Path file, String why, Throwable cause) {
    return new CorruptDataQualityResultException("The data quality result " + file + " cannot be read: " + why
        + ". It was changed outside glue-suite or only partly written; move it aside (or delete it) to go on.", cause);
  }

  static InvalidDataQualityOptionException unsafeName(String what, String name) {
    return new InvalidDataQualityOptionException("The " + what + " '" + name + "' cannot name a result folder: use "
        + "1-255 letters, digits, '_', '-' or '.', not starting with '.' or '-'.");
  }

  private static String lines(List<RulesetProblem> problems) {
    return problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /** The profile's target is not a column of the table. */
  public static InvalidDataQualityOptionException unknownProfileTarget(String table, String target,
      List<String> columns) {
    return new InvalidDataQualityOptionException("The target column '" + target + "' is not a column of " + table
        + " (columns: " + columns + "). Name one of them as the target, or profile without one.");
  }
}
