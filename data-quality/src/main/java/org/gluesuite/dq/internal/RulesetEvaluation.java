package org.gluesuite.dq.internal;

import com.amazon.deequ.analyzers.runners.AnalyzerContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.DqdlRule;
import org.gluesuite.dq.Outcome;
import org.gluesuite.dq.RuleOutcome;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.DQRuleLogicalOperator;

/**
 * Evaluates checked rules over data: one deequ run (one scan, plus one group-by per frequency column set) per distinct
 * {@code where} clause for every rule that rests on metrics, then the rules that need a query of their own (CustomSql,
 * ReferentialIntegrity, RowCountMatch), then composite rules from their parts. Row-level outcomes are built on
 * request, lazily, from the same plans.
 */
public final class RulesetEvaluation {
  private final Dataset<Row> data;
  private final Map<String, Dataset<Row>> references;
  private final List<DqdlRule> rules;
  private final Map<DQRule, LeafPlan> plans = new IdentityHashMap<>();

  public RulesetEvaluation(Dataset<Row> data, Map<String, Dataset<Row>> references, List<DqdlRule> rules) {
    this.data = data;
    this.references = Map.copyOf(references);
    this.rules = List.copyOf(rules);
    for (DqdlRule rule : rules) {
      for (DQRule leaf : rule.leaves()) {
        plans.put(leaf, RulePlanner.plan(leaf, data.schema()));
      }
    }
  }

  /**
   * One outcome per top-level rule, in order. {@code cacheInput}: keep the data in memory while evaluating.
   * {@code compositeByRow}: Glue's {@code compositeRuleEvaluation.method} ROW, where a composite rule of row-level
   * parts holds when it holds on every row ({@code (ColumnValues "a" > 1) or (ColumnValues "a" = NULL)}); by default
   * (COLUMN) each part is decided over the whole data and the outcomes are combined.
   */
  public List<RuleOutcome> outcomes(boolean cacheInput, boolean compositeByRow) {
    // Data the caller already cached stays cached; only a cache made here is dropped here.
    boolean cacheHere = cacheInput && data.storageLevel().equals(org.apache.spark.storage.StorageLevel.NONE());
    if (cacheHere) {
      data.persist();
    }
    try {
      Map<String, List<Deequ.Metered>> byWhere = new LinkedHashMap<>();
      Map<DQRule, Deequ.Metered> byRow = new IdentityHashMap<>();
      if (compositeByRow) {
        for (DqdlRule rule : rules) {
          String sql = rowSql(rule.rule());
          if (rule.rule().getNestedRules() != null && !rule.rule().getNestedRules().isEmpty() && sql != null) {
            byRow.put(rule.rule(), Deequ.compliance("composite " + rule, "coalesce(" + sql + ", true)"));
          }
        }
        byWhere.computeIfAbsent("", k -> new ArrayList<>(List.of(Deequ.size()))).addAll(byRow.values());
      }
      for (LeafPlan plan : plans.values()) {
        List<Deequ.Metered> group = byWhere.computeIfAbsent(key(plan.where()), k -> new ArrayList<>(
            List.of(Deequ.size())));
        group.addAll(plan.analyzers());
      }
      Map<String, AnalyzerContext> computed = new LinkedHashMap<>();
      byWhere.forEach((where, analyzers) -> computed.put(where, Deequ.run(where.isEmpty() ? data
          : data.where(where), analyzers)));
      Map<DQRule, RuleOutcome> leaves = new IdentityHashMap<>();
      plans.forEach((rule, plan) -> leaves.put(rule, decide(plan, computed.get(key(plan.where())))));
      return rules.stream().map(r -> byRow.containsKey(r.rule()) ? byRow(r.rule(), leaves,
          Deequ.value(computed.get(""), byRow.get(r.rule()))) : compose(r.rule(), leaves)).toList();
    } finally {
      if (cacheHere) {
        data.unpersist();
      }
    }
  }

  /** The data with Glue's row-level columns added: DataQualityRulesPass/Fail/Skip and DataQualityEvaluationResult. */
  public Dataset<Row> rowLevelOutcomes() {
    return new RowLevelOutcomes(plans, references::get).build(data, rules);
  }

  private RuleOutcome decide(LeafPlan plan, AnalyzerContext context) {
    long rows = Deequ.value(context, Deequ.size()).ok() ? Deequ.value(context, Deequ.size()).value().longValue() : 0;
    LeafPlan.Metrics metrics = new LeafPlan.Metrics() {
      @Override
      public Deequ.Value value(Deequ.Metered analyzer) {
        return Deequ.value(context, analyzer);
      }

      @Override
      public long rows() {
        return rows;
      }

      @Override
      public Dataset<Row> data() {
        return data;
      }

      @Override
      public Dataset<Row> reference(String alias) {
        return Objects.requireNonNull(references.get(alias), alias);
      }
    };
    try {
      return plan.decision().decide(metrics);
    } catch (RuntimeException e) {
      return Decisions.failed(plan.rule(), "The rule could not be evaluated: " + e.getMessage(), Map.of());
    }
  }

  /** A composite rule's outcome from its parts: {@code and} passes when all do, {@code or} when any does. */
  private static RuleOutcome compose(DQRule rule, Map<DQRule, RuleOutcome> leaves) {
    if (rule.getNestedRules() == null || rule.getNestedRules().isEmpty()) {
      return leaves.get(rule);
    }
    List<RuleOutcome> parts = rule.getNestedRules().stream().map(r -> compose(r, leaves)).toList();
    boolean and = rule.getOperator() == DQRuleLogicalOperator.AND;
    boolean passed = and ? parts.stream().allMatch(RuleOutcome::passed) : parts.stream().anyMatch(RuleOutcome::passed);
    Map<String, Double> metrics = new LinkedHashMap<>();
    parts.forEach(p -> metrics.putAll(p.evaluatedMetrics()));
    List<String> reasons = parts.stream().map(RuleOutcome::failureReason).filter(Objects::nonNull).toList();
    return new RuleOutcome(rule.toString(), Outcome.of(passed), passed ? null
        : String.join(System.lineSeparator(), reasons), metrics);
  }

  /** The rule as one SQL predicate over a row, when every part of it is one (else null). */
  private String rowSql(DQRule rule) {
    if (rule.getNestedRules() == null || rule.getNestedRules().isEmpty()) {
      return plans.get(rule).rowSql();
    }
    List<String> parts = new ArrayList<>();
    for (DQRule part : rule.getNestedRules()) {
      String sql = rowSql(part);
      if (sql == null) {
        return null;
      }
      parts.add("(" + sql + ")");
    }
    return "(" + String.join(rule.getOperator() == DQRuleLogicalOperator.AND ? " AND " : " OR ", parts) + ")";
  }

  /** A composite rule decided row by row: it must hold on every row (rows its parts' where clauses skip count). */
  private RuleOutcome byRow(DQRule rule, Map<DQRule, RuleOutcome> leaves, Deequ.Value share) {
    RuleOutcome columnWise = compose(rule, leaves);
    if (!share.ok()) {
      return Decisions.failed(rule, share.failure(), columnWise.evaluatedMetrics());
    }
    boolean passed = share.value() == 1.0;
    return new RuleOutcome(rule.toString(), Outcome.of(passed), passed ? null : String.format(java.util.Locale.ROOT,
        "%.2f %% of rows passed the threshold", share.value() * 100), columnWise.evaluatedMetrics());
  }

  private static String key(String where) {
    return where == null ? "" : where;
  }
}
