package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.gluesuite.dq.DqdlRule;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.DQRuleLogicalOperator;

/**
 * Glue's row-level outcomes: every row of the data with {@code DataQualityRulesPass}, {@code DataQualityRulesFail},
 * {@code DataQualityRulesSkip} (arrays of rule texts) and {@code DataQualityEvaluationResult} ({@code Passed} when no
 * rule failed on the row). A rule lands in Skip on rows its where clause excludes, and on every row when it has no
 * row-level meaning (RowCount, Mean, …); a composite rule is row-level when all its parts are.
 */
final class RowLevelOutcomes {
  static final String PASS = "DataQualityRulesPass";
  static final String FAIL = "DataQualityRulesFail";
  static final String SKIP = "DataQualityRulesSkip";
  static final String RESULT = "DataQualityEvaluationResult";

  private final Map<DQRule, LeafPlan> plans;
  private final Function<String, Dataset<Row>> references;
  private final List<String> helpers = new ArrayList<>();
  private Dataset<Row> rows;

  RowLevelOutcomes(Map<DQRule, LeafPlan> plans, Function<String, Dataset<Row>> references) {
    this.plans = plans;
    this.references = references;
  }

  Dataset<Row> build(Dataset<Row> data, List<DqdlRule> rules) {
    rows = data;
    List<Column> pass = new ArrayList<>();
    List<Column> fail = new ArrayList<>();
    List<Column> skip = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String text = rules.get(i).toString();
      String mark = mark(rules.get(i).rule(), "__dq_" + i, false);
      if (mark == null) {
        skip.add(functions.lit(text));
      } else {
        Column c = functions.col(mark);
        pass.add(functions.when(c.equalTo(true), functions.lit(text)));
        fail.add(functions.when(c.equalTo(false), functions.lit(text)));
        skip.add(functions.when(c.isNull(), functions.lit(text)));
      }
    }
    Dataset<Row> result = rows.withColumn(PASS, list(pass)).withColumn(FAIL, list(fail)).withColumn(SKIP, list(skip));
    result = result.withColumn(RESULT, functions.when(functions.size(functions.col(FAIL)).equalTo(0),
        functions.lit("Passed")).otherwise(functions.lit("Failed")));
    return result.drop(helpers.toArray(String[]::new));
  }

  /** Adds the rule's mark column and returns its name, or null when the rule has no row-level outcome. */
  private String mark(DQRule rule, String name, boolean inComposite) {
    if (rule.getNestedRules() == null || rule.getNestedRules().isEmpty()) {
      LeafPlan plan = plans.get(rule);
      boolean excluded = inComposite && Boolean.TRUE.equals(rule.getIsExcludedAtRowLevelInCompositeRules());
      if (plan.rowMark() == null || excluded) {
        return null;
      }
      rows = plan.rowMark().mark(rows, name, references);
      helpers.add(name);
      return name;
    }
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < rule.getNestedRules().size(); j++) {
      String part = mark(rule.getNestedRules().get(j), name + "_" + j, true);
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    Column combined = functions.col(parts.get(0));
    for (String part : parts.subList(1, parts.size())) {
      combined = rule.getOperator() == DQRuleLogicalOperator.AND ? combined.and(functions.col(part))
          : combined.or(functions.col(part));
    }
    rows = rows.withColumn(name, combined);
    helpers.add(name);
    return name;
  }

  private static Column list(List<Column> entries) {
    if (entries.isEmpty()) {
      return functions.array().cast("array<string>");
    }
    return functions.array_compact(functions.array(entries.toArray(Column[]::new)));
  }
}
