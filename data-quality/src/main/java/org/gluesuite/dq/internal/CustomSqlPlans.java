package org.gluesuite.dq.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;

/**
 * CustomSql, both of DQDL's forms: a statement returning one number checked against the rule's condition, or (no
 * condition) a statement selecting rows of {@code primary}: those rows pass, the others fail, and the share that
 * passes must be 1.0 or meet {@code with threshold}.
 */
final class CustomSqlPlans {
  private static final String AGGREGATE_METRIC = "Dataset.*.CustomSQL";
  private static final String ROWS_METRIC = "Dataset.*.CustomSQL.Compliance";

  private CustomSqlPlans() {
  }

  static LeafPlan plan(DQRule rule) {
    String statement = rule.getParameters().get("CustomSqlStatement");
    if (rule.getCondition() instanceof NumberBasedCondition) {
      return new LeafPlan(rule, null, List.of(Deequ.size()), m -> aggregate(rule, statement, m), null);
    }
    return new LeafPlan(rule, null, List.of(Deequ.size()), m -> rows(rule, statement, m),
        (data, flag, references) -> selected(data, statement, flag));
  }

  private static org.gluesuite.dq.RuleOutcome aggregate(DQRule rule, String statement, LeafPlan.Metrics m) {
    List<Row> rows;
    try {
      rows = PrimaryView.query(m.data(), statement).limit(2).collectAsList();
    } catch (RuntimeException e) {
      return Decisions.failed(rule, "The custom SQL statement failed: " + e.getMessage(), Map.of());
    }
    if (rows.size() != 1 || rows.get(0).size() != 1 || !(rows.get(0).get(0) instanceof Number n)) {
      return Decisions.failed(rule, "The custom SQL statement must return a single number (one row, one numeric "
          + "column), e.g. select count(*) from primary", Map.of());
    }
    return Decisions.compare(rule, AGGREGATE_METRIC, Deequ.Value.of(n.doubleValue()));
  }

  private static org.gluesuite.dq.RuleOutcome rows(DQRule rule, String statement, LeafPlan.Metrics m) {
    long passed;
    try {
      passed = selected(m.data(), statement, "__dq_sql").where("__dq_sql").count();
    } catch (RuntimeException e) {
      return Decisions.failed(rule, "The custom SQL statement failed: " + e.getMessage(), Map.of());
    }
    double ratio = m.rows() == 0 ? 1.0 : passed / (double) m.rows();
    return Decisions.share(rule, ROWS_METRIC, Deequ.Value.of(ratio), m.rows());
  }

  /** The data with {@code flag} true on the rows the statement selected (matched on every column it returns). */
  private static Dataset<Row> selected(Dataset<Row> data, String statement, String flag) {
    Dataset<Row> result = PrimaryView.query(data, statement);
    List<String> columns = Arrays.asList(result.columns());
    for (String c : columns) {
      if (SchemaColumns.find(data.schema(), c) == null) {
        throw new IllegalArgumentException("its column " + c + " is not a column of primary; a row-level custom SQL "
            + "statement selects columns of the rows that pass, e.g. select id from primary where amount > 0");
      }
    }
    return KeyMatch.mark(data, columns, result, flag, true);
  }
}
