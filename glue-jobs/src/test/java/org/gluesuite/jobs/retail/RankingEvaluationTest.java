package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.jobs.retail.RankingEvaluation.Protocol;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * Metrics worked out by hand on a split small enough to check: products A..D bought before the cutoff (ids 0..3 in
 * code order), E only after it.
 */
class RankingEvaluationTest {
  // customer 1 bought A, B before and A, E after; customer 2 A, C before and B after; 3 only before; 4 only after
  private static final Dataset<Row> LINES = TestSpark.session().sql("SELECT invoice_no, stock_code, "
      + "CAST(NULL AS STRING) AS description, 1 AS quantity, CAST(t AS TIMESTAMP) AS invoice_date, "
      + "CAST(c AS INT) AS customer_id FROM VALUES "
      + "('1', 'A', '2011-01-10 10:00:00', 1), ('1', 'B', '2011-01-10 10:00:00', 1), "
      + "('2', 'A', '2011-01-11 10:00:00', 2), ('2', 'C', '2011-01-11 10:00:00', 2), "
      + "('3', 'D', '2011-01-12 10:00:00', 3), ('3', 'D', '2011-01-19 23:59:00', 3), "
      + "('4', 'A', '2011-02-15 10:00:00', 1), ('4', 'E', '2011-02-15 10:00:00', 1), "
      + "('5', 'B', '2011-02-16 10:00:00', 2), ('6', 'A', '2011-02-20 09:00:00', 4) "
      + "AS lines(invoice_no, stock_code, t, c)");

  private final HeldOutSplit split = HeldOutSplit.of(LINES, 1);
  private final double[] popular = split.customersPerItem();

  @Test
  void split_cutsAtMidnightAMonthBeforeTheLastInvoiceDay() {
    assertThat(split.cutoff()).isEqualTo("2011-01-20");
    assertThat(split.trainLines()).isEqualTo(6);
    assertThat(split.testLines()).isEqualTo(4);
    assertThat(split.items().size()).isEqualTo(4);
    assertThat(split.evaluated()).containsExactly(1, 2);
    assertThat(split.unknownItemLines()).as("E was never bought before the cutoff").isEqualTo(1);
    assertThat(split.testItems(1)).hasSize(2).contains(0);
    assertThat(popular).containsExactly(2, 1, 1, 1);
  }

  @Test
  void allowProtocol_countsEveryHeldOutProduct() {
    RankingEvaluation.Result r = RankingEvaluation.evaluate(split, Protocol.ALLOW, c -> popular, 3);

    // both get A, B, C: customer 1 hits A at 1 (E is a miss), customer 2 hits B at 2
    assertThat(r.customers()).isEqualTo(2);
    assertThat(r.precision()).containsExactly(new double[] {0.5, 0.5, 1.0 / 3}, within(1e-12));
    assertThat(r.recall()).containsExactly(new double[] {0.25, 0.75, 0.75}, within(1e-12));
    assertThat(r.map()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(1e-12));
    assertThat(r.coverage()).containsExactly(new double[] {0.25, 0.5, 0.75}, within(1e-12));
  }

  @Test
  void excludeProtocol_neitherRecommendsNorCountsBoughtProducts() {
    RankingEvaluation.Result r = RankingEvaluation.evaluate(split, Protocol.EXCLUDE, c -> popular, 3);

    // customer 1: relevant {E}, gets C, D: no hit; customer 2: relevant {B}, gets B, D: hit at 1; B, C, D of 4 shown
    assertThat(r.customers()).isEqualTo(2);
    assertThat(r.precision()).containsExactly(new double[] {0.5, 0.25, 1.0 / 6}, within(1e-12));
    assertThat(r.recall()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(1e-12));
    assertThat(r.map()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(1e-12));
    assertThat(r.at(3)).containsEntry("precision_at_3", 1.0 / 6).containsEntry("coverage", 0.75);
  }

  @Test
  void unknownCustomer_getsNothingAndCountsAsAllMisses() {
    RankingEvaluation.Result r = RankingEvaluation.evaluate(split, Protocol.ALLOW,
        c -> c == 1 ? null : new double[] {0, 1, 0, 0}, 2);

    // customer 1 unscored: 0; customer 2 gets B first: precision@1 = 1
    assertThat(r.precision()).containsExactly(new double[] {0.5, 0.25}, within(1e-12));
    assertThat(r.coverage()).containsExactly(new double[] {0.25, 0.5}, within(1e-12));
  }

  @Test
  void split_withoutHistoryBeforeTheCutoff_explainsWhatToGive() {
    Dataset<Row> recentOnly = LINES.where("invoice_date >= '2011-02-01'");

    assertThatThrownBy(() -> HeldOutSplit.of(recentOnly, 1)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("no purchase was made before the cutoff 2011-01-20")
        .hasMessageContaining("--holdout_months");
  }

  @Test
  void topK_breaksTiesByIndexAndSkips() {
    assertThat(TopK.of(new double[] {1, 3, 3, 2, Double.NEGATIVE_INFINITY}, 3, i -> false)).containsExactly(1, 2, 3);
    assertThat(TopK.of(new double[] {1, 3, 3, 2}, 2, i -> i == 1)).containsExactly(2, 3);
    assertThat(TopK.of(new double[] {5, 4}, 3, i -> false)).containsExactly(0, 1);
    assertThat(TopK.of(new double[] {0, 0, 0, 0}, 2, i -> false)).containsExactly(0, 1);
  }
}
