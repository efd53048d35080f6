package org.gluesuite.dq;

import java.util.List;
import java.util.Objects;

/**
 * One evaluation of a ruleset as it is published, in the shape of Glue's {@code GetDataQualityResult}: an id, the
 * ruleset's name (null for an inline ruleset), the evaluation context, the table evaluated (null for a frame in a job
 * that named none), the job run that evaluated it (null outside a job), start and end (ISO-8601 UTC) and each rule's
 * outcome. {@link #score()} is the share of rules that passed.
 */
public record DataQualityResult(String resultId, String rulesetName, String evaluationContext, String databaseName,
    String tableName, String jobName, String jobRunId, String startedOn, String completedOn,
    List<RuleOutcome> ruleResults) {

  public DataQualityResult {
    Objects.requireNonNull(resultId, "resultId");
    ruleResults = List.copyOf(ruleResults);
  }

  public double score() {
    return ruleResults.isEmpty() ? 1.0
        : ruleResults.stream().filter(RuleOutcome::passed).count() / (double) ruleResults.size();
  }

  public boolean passed() {
    return ruleResults.stream().allMatch(RuleOutcome::passed);
  }

  public List<RuleOutcome> failedRules() {
    return ruleResults.stream().filter(r -> !r.passed()).toList();
  }

  /** {@code database.table}, or null. */
  public String table() {
    return tableName == null ? null : databaseName + "." + tableName;
  }
}
