package org.gluesuite.dq.internal;

import java.util.List;
import java.util.Map;
import software.amazon.glue.dqdl.model.DQRule;

/** Rules that compare the data with a reference dataset given by alias: ReferentialIntegrity and RowCountMatch. */
final class ReferencePlans {
  private ReferencePlans() {
  }

  /** The share of rows whose key values appear in the reference's columns (null keys never do). */
  static LeafPlan referentialIntegrity(DQRule rule) {
    List<String> columns = RuleColumns.primary(rule);
    RuleColumns.Reference reference = RuleColumns.reference(rule).orElseThrow();
    String metric = "Column." + reference.alias() + ".ReferentialIntegrity";
    LeafPlan.Decision decision = m -> {
      if (m.rows() == 0) {
        return Decisions.outcome(rule, true, null, Map.of());
      }
      long matched = KeyMatch.mark(m.data(), columns, keys(m.reference(reference.alias()), reference), "__dq_ri",
          false).where("__dq_ri").count();
      return Decisions.compare(rule, metric, Deequ.Value.of(matched / (double) m.rows()));
    };
    return new LeafPlan(rule, null, List.of(Deequ.size()), decision, (data, flag, references) ->
        KeyMatch.mark(data, columns, keys(references.apply(reference.alias()), reference), flag, false));
  }

  /** The data's row count as a share of the reference's. */
  static LeafPlan rowCountMatch(DQRule rule) {
    String alias = RuleColumns.reference(rule).orElseThrow().alias();
    LeafPlan.Decision decision = m -> {
      long reference = m.reference(alias).count();
      if (reference == 0) {
        return Decisions.failed(rule, "The reference dataset " + alias + " has no rows", Map.of());
      }
      return Decisions.compare(rule, "Dataset." + alias + ".RowCountMatch", Deequ.Value.of(m.rows()
          / (double) reference));
    };
    return new LeafPlan(rule, null, List.of(Deequ.size()), decision, null);
  }

  private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> keys(
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> data, RuleColumns.Reference reference) {
    return data.selectExpr(reference.columns().stream().map(SqlText::column).toArray(String[]::new));
  }

}
