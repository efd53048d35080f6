package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.DqdlRule;
import org.gluesuite.dq.RulesetProblem;
import software.amazon.glue.dqdl.model.DQRule;

/**
 * The checks that need the DataFrames themselves, made by Spark's analyser only (no Spark job runs): each
 * {@code where} clause and CustomSql statement is valid Spark SQL over the data, and the reference columns a rule names
 * are columns of its reference dataset. Without them a misspelt column in SQL would surface mid-evaluation as Spark's
 * own error, naming no rule.
 */
public final class AnalysisChecks {
  private AnalysisChecks() {
  }

  public static List<RulesetProblem> check(List<DqdlRule> rules, Dataset<Row> data,
      Map<String, Dataset<Row>> references) {
    List<RulesetProblem> problems = new ArrayList<>();
    for (DqdlRule top : rules) {
      for (DQRule rule : top.leaves()) {
        String problem = problem(rule, data, references);
        if (problem != null) {
          problems.add(new RulesetProblem(top.line(), top.column(), problem + " (in: " + rule + ")"));
        }
      }
    }
    return problems;
  }

  private static String problem(DQRule rule, Dataset<Row> data, Map<String, Dataset<Row>> references) {
    String where = rule.getWhereClause();
    if (where != null) {
      String why = analysisError(() -> data.where(where));
      if (why != null) {
        return "the where clause \"" + where + "\" is not a Spark SQL condition over the data's columns ("
            + String.join(", ", data.columns()) + "): " + why;
      }
    }
    String statement = rule.getParameters().get("CustomSqlStatement");
    if (statement != null) {
      String why = analysisError(() -> PrimaryView.query(data, statement));
      if (why != null) {
        return "the custom SQL statement is not valid Spark SQL over the data (named " + PrimaryView.NAME + ", columns "
            + String.join(", ", data.columns()) + "): " + why;
      }
    }
    var reference = RuleColumns.reference(rule);
    if (reference.isPresent() && references.containsKey(reference.get().alias())) {
      Dataset<Row> referenced = references.get(reference.get().alias());
      for (String column : reference.get().columns()) {
        if (SchemaColumns.find(referenced.schema(), column) == null) {
          return "column '" + column + "' is not in the reference dataset '" + reference.get().alias()
              + "' (columns: " + String.join(", ", Arrays.asList(referenced.columns())) + ")";
        }
      }
    }
    return null;
  }

  /** Spark's reason the plan does not analyse (its first non-blank line: the rest is the plan
   * or the SQL text again), or null when it does. */
  private static String analysisError(Runnable analyse) {
    try {
      analyse.run();
      return null;
    } catch (Exception e) { // Scala declares no checked exceptions: AnalysisException is caught by type here
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
  }
}
