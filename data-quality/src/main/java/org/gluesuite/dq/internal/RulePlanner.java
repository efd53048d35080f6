package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.dq.RuleOutcome;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.date.DateBasedCondition;
import software.amazon.glue.dqdl.model.condition.duration.DurationBasedCondition;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.StringBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.StringBasedConditionOperator;

/** Plans each supported rule type: its analyzers, its decision, its row-level mark. */
final class RulePlanner {
  private RulePlanner() {
  }

  static LeafPlan plan(DQRule rule, StructType schema) {
    String where = rule.getWhereClause();
    List<String> columns = RuleColumns.primary(rule);
    String target = columns.isEmpty() ? null : columns.get(0);
    String name = target == null ? "*" : String.join(",", columns);
    String entity = columns.size() > 1 ? "Multicolumn." + name : "Column." + name;
    return switch (rule.getRuleType()) {
      case "RowCount" -> {
        Deequ.Metered size = Deequ.size();
        yield new LeafPlan(rule, where, List.of(size), m -> Decisions.compare(rule, "Dataset.*.RowCount",
            m.value(size)), null);
      }
      case "ColumnCount" -> new LeafPlan(rule, null, List.of(), m -> Decisions.compare(rule, "Dataset.*.ColumnCount",
          Deequ.Value.of(schema.fields().length)), null);
      case "ColumnExists" -> {
        boolean exists = SchemaColumns.find(schema, target) != null;
        yield new LeafPlan(rule, null, List.of(), m -> Decisions.outcome(rule, exists, "Column " + target
            + " does not exist", Map.of()), null);
      }
      case "ColumnNamesMatchPattern" -> {
        Pattern pattern = Pattern.compile(rule.getParameters().get("PatternToMatch"));
        String[] names = schema.fieldNames();
        List<String> unmatched = java.util.Arrays.stream(names).filter(n -> !pattern.matcher(n).matches()).toList();
        double ratio = names.length == 0 ? 1.0 : (names.length - unmatched.size()) / (double) names.length;
        yield new LeafPlan(rule, null, List.of(), m -> Decisions.outcome(rule, unmatched.isEmpty(),
            "Columns that do not match the pattern: " + String.join(", ", unmatched),
            Map.of("Dataset.*.ColumnNamesPatternMatchRatio", ratio)), null);
      }
      case "Completeness", "IsComplete" -> {
        Deequ.Metered completeness = Deequ.completeness(target);
        String metric = "Column." + target + ".Completeness";
        LeafPlan.Decision decision = rule.getRuleType().equals("IsComplete")
            ? m -> Decisions.exactly(rule, metric, m.value(completeness), 1.0)
            : m -> Decisions.compare(rule, metric, m.value(completeness));
        String notNull = SqlText.column(target) + " IS NOT NULL";
        yield new LeafPlan(rule, where, List.of(completeness), decision, sqlMark(where, notNull),
            scoped(where, notNull));
      }
      case "Uniqueness", "IsUnique" -> {
        Deequ.Metered uniqueness = Deequ.uniqueness(columns);
        String metric = entity + ".Uniqueness";
        LeafPlan.Decision decision = rule.getRuleType().equals("IsUnique")
            ? m -> Decisions.exactly(rule, metric, m.value(uniqueness), 1.0)
            : m -> Decisions.compare(rule, metric, m.value(uniqueness));
        yield new LeafPlan(rule, where, List.of(uniqueness), decision, uniqueMark(where, columns, false));
      }
      case "IsPrimaryKey" -> {
        Deequ.Metered uniqueness = Deequ.uniqueness(columns);
        List<Deequ.Metered> analyzers = new ArrayList<>(List.of(uniqueness));
        columns.forEach(c -> analyzers.add(Deequ.completeness(c)));
        yield new LeafPlan(rule, where, analyzers, m -> primaryKey(rule, columns, entity, m), uniqueMark(where,
            columns, true));
      }
      case "UniqueValueRatio" -> {
        Deequ.Metered ratio = Deequ.uniqueValueRatio(columns);
        yield new LeafPlan(rule, where, List.of(ratio), m -> Decisions.compare(rule, entity + ".UniqueValueRatio",
            m.value(ratio)), null);
      }
      case "DistinctValuesCount" -> {
        Deequ.Metered distinct = Deequ.countDistinct(columns);
        yield new LeafPlan(rule, where, List.of(distinct), m -> Decisions.compare(rule, entity
            + ".DistinctValuesCount", m.value(distinct)), null);
      }
      case "Entropy" -> statistic(rule, where, "Column." + target + ".Entropy", Deequ.entropy(target));
      case "Mean" -> statistic(rule, where, "Column." + target + ".Mean", Deequ.mean(target));
      case "Sum" -> statistic(rule, where, "Column." + target + ".Sum", Deequ.sum(target));
      case "StandardDeviation" -> statistic(rule, where, "Column." + target + ".StandardDeviation",
          Deequ.standardDeviation(target));
      case "ColumnCorrelation" -> statistic(rule, where, "Multicolumn." + name + ".ColumnCorrelation",
          Deequ.correlation(columns.get(0), columns.get(1)));
      case "ColumnValues" -> rowRule(rule, where, "Column." + target + ".ColumnValues.Compliance",
          columnValues(rule, SqlText.column(target)));
      case "ColumnLength" -> rowRule(rule, where, "Column." + target + ".LengthCompliance",
          RowPredicates.number(rule, "length(coalesce(" + SqlText.column(target) + ", ''))",
              (NumberBasedCondition) rule.getCondition()));
      case "ColumnDataType" -> rowRule(rule, where, "Column." + target + ".ColumnDataType.Compliance",
          dataType(rule, SqlText.column(target)));
      case "DataFreshness" -> rowRule(rule, where, "Column." + target + ".DataFreshness.Compliance",
          RowPredicates.freshness(SqlText.column(target), (DurationBasedCondition) rule.getCondition()));
      case "CustomSql" -> CustomSqlPlans.plan(rule);
      case "ReferentialIntegrity" -> ReferencePlans.referentialIntegrity(rule);
      case "RowCountMatch" -> ReferencePlans.rowCountMatch(rule);
      default -> throw new IllegalStateException("rule type " + rule.getRuleType() + " passed the checks unplanned");
    };
  }

  private static LeafPlan statistic(DQRule rule, String where, String metric, Deequ.Metered analyzer) {
    return new LeafPlan(rule, where, List.of(analyzer), m -> Decisions.compare(rule, metric, m.value(analyzer)), null);
  }

  private static LeafPlan rowRule(DQRule rule, String where, String metric, String predicate) {
    Deequ.Metered compliance = Deequ.compliance(metric, predicate);
    return new LeafPlan(rule, where, List.of(compliance), m -> Decisions.share(rule, metric, m.value(compliance),
        m.rows()), sqlMark(where, predicate), scoped(where, predicate));
  }

  private static RuleOutcome primaryKey(DQRule rule, List<String> columns, String entity, LeafPlan.Metrics m) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Deequ.Value unique = m.value(Deequ.uniqueness(columns));
    if (unique.ok()) {
      metrics.put(entity + ".Uniqueness", unique.value());
      if (unique.value() != 1.0) {
        problems.add("Value: " + Decisions.format(unique.value()) + " does not meet the constraint requirement!");
      }
    } else {
      problems.add(unique.failure());
    }
    for (String column : columns) {
      Deequ.Value complete = m.value(Deequ.completeness(column));
      if (complete.ok()) {
        metrics.put("Column." + column + ".Completeness", complete.value());
        if (complete.value() != 1.0) {
          problems.add("Value: " + Decisions.format(complete.value()) + " does not meet the constraint requirement!");
        }
      } else {
        problems.add(complete.failure());
      }
    }
    return Decisions.outcome(rule, problems.isEmpty(), String.join(System.lineSeparator(), problems), metrics);
  }

  private static String columnValues(DQRule rule, String column) {
    if (rule.getCondition() instanceof NumberBasedCondition n) {
      return RowPredicates.number(rule, column, n);
    }
    if (rule.getCondition() instanceof DateBasedCondition d) {
      return RowPredicates.date(column, d);
    }
    return RowPredicates.string(column, (StringBasedCondition) rule.getCondition());
  }

  /** ColumnDataType: whether each value casts in Spark to the expected type ({@code !=}: whether it does not). */
  private static String dataType(DQRule rule, String column) {
    StringBasedCondition condition = (StringBasedCondition) rule.getCondition();
    String type = DataTypes.sparkType(condition.getOperands().get(0).getOperand());
    String casts = "CAST(" + column + " AS " + type + ") IS NOT NULL";
    return condition.getOperator() == StringBasedConditionOperator.NOT_EQUALS ? "NOT (" + casts + ")" : casts;
  }

  /** Rows outside the where clause get null: they are skipped. */
  static LeafPlan.RowMark sqlMark(String where, String predicate) {
    return (rows, name, references) -> rows.withColumn(name, functions.expr(scoped(where, predicate)));
  }

  private static String scoped(String where, String predicate) {
    return where == null ? predicate : "CASE WHEN coalesce(" + where + ", false) THEN " + predicate + " END";
  }

  /** A row is unique when no other row (of those the where clause keeps) has its values; nulls are never duplicates. */
  private static LeafPlan.RowMark uniqueMark(String where, List<String> columns, boolean requireComplete) {
    return (rows, name, references) -> {
      String partition = String.join(", ", columns.stream().map(SqlText::column).toList());
      String notNull = String.join(" AND ", columns.stream().map(c -> SqlText.column(c) + " IS NOT NULL").toList());
      String inScope = where == null ? "true" : "coalesce(" + where + ", false)";
      Dataset<Row> scoped = rows.withColumn(name + "_in", functions.expr(inScope));
      Dataset<Row> counted = scoped.withColumn(name + "_n", functions.expr("count(1) OVER (PARTITION BY "
          + partition + ", " + SqlText.column(name + "_in") + ")"));
      String unique = requireComplete ? "(" + notNull + " AND " + SqlText.column(name + "_n") + " = 1)"
          : "(NOT (" + notNull + ") OR " + SqlText.column(name + "_n") + " = 1)";
      return counted.withColumn(name, functions.expr("CASE WHEN " + SqlText.column(name + "_in") + " THEN "
          + unique + " END")).drop(name + "_in", name + "_n");
    };
  }
}
