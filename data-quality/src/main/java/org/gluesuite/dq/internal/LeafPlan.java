package org.gluesuite.dq.internal;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.RuleOutcome;
import software.amazon.glue.dqdl.model.DQRule;

/**
 * How one rule (not composite) is evaluated: the deequ analyzers it needs over the rows its {@code where} clause keeps
 * (null: all rows), how its outcome follows from their values, and how to mark each row passed or failed (null when
 * the rule has no row-level meaning, e.g. {@code RowCount}). {@code rowSql}, when the mark is a plain SQL predicate,
 * is that predicate (null on rows outside the where clause), for composite rules evaluated row by row.
 */
record LeafPlan(DQRule rule, String where, List<Deequ.Metered> analyzers, Decision decision, RowMark rowMark,
    String rowSql) {

  LeafPlan(DQRule rule, String where, List<Deequ.Metered> analyzers, Decision decision, RowMark rowMark) {
    this(rule, where, analyzers, decision, rowMark, null);
  }

  /** The outcome, from the computed metrics (and, for rules that need their own Spark job, the data). */
  @FunctionalInterface
  interface Decision {
    RuleOutcome decide(Metrics metrics);
  }

  /** Adds a boolean column {@code name}: true where the row passes the rule, false where it fails. */
  @FunctionalInterface
  interface RowMark {
    Dataset<Row> mark(Dataset<Row> rows, String name, java.util.function.Function<String, Dataset<Row>> references);
  }

  /** What a decision can look at. */
  interface Metrics {
    Deequ.Value value(Deequ.Metered analyzer);

    /** Rows the rule's where clause keeps (all rows without one). */
    long rows();

    Dataset<Row> data();

    Dataset<Row> reference(String alias);
  }
}
