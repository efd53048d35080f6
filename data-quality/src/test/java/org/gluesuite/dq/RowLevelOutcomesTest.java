package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** Glue's row-level outcomes: each row with the rules it passed, failed and skipped, and its overall result. */
class RowLevelOutcomesTest {

  @Test
  void rowLevelOutcomes_listPassFailAndSkipPerRow() {
    Dataset<Row> data = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(1, "US", 10.0),
        RowFactory.create(2, "FR", null),
        RowFactory.create(2, "US", 30.0)), new StructType().add("id", DataTypes.IntegerType)
        .add("country", DataTypes.StringType).add("amount", DataTypes.DoubleType));
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [ ColumnValues \"country\" in [\"US\"], RowCount = 3,"
        + " IsComplete \"amount\" where \"id = 2\", IsUnique \"id\" ]");
    DataQualityOutputs outputs = DataQuality.onData(data).run(ruleset);
    Dataset<Row> rows = outputs.rowLevelOutcomes();

    assertThat(rows.columns()).containsExactly("id", "country", "amount", "DataQualityRulesPass",
        "DataQualityRulesFail", "DataQualityRulesSkip", "DataQualityEvaluationResult");
    Map<String, Row> byKey = rows.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getInt(0) + r.getString(1), r -> r));
    String values = "ColumnValues \"country\" in [\"US\"]";
    String complete = "IsComplete \"amount\" where \"id = 2\"";
    String unique = "IsUnique \"id\"";
    assertThat(byKey.get("1US").<String>getList(3)).containsExactlyInAnyOrder(values, unique);
    assertThat(byKey.get("1US").<String>getList(4)).isEmpty();
    assertThat(byKey.get("1US").<String>getList(5)).containsExactlyInAnyOrder("RowCount = 3", complete);
    assertThat(byKey.get("1US").getString(6)).isEqualTo("Passed");
    assertThat(byKey.get("2FR").<String>getList(4)).containsExactlyInAnyOrder(values, complete, unique);
    assertThat(byKey.get("2FR").getString(6)).isEqualTo("Failed");
    assertThat(byKey.get("2US").<String>getList(3)).containsExactlyInAnyOrder(values, complete);
    assertThat(byKey.get("2US").<String>getList(4)).containsExactly(unique);
    assertThat(outputs.ruleOutcomes()).extracting(RuleOutcome::outcome).containsExactly(Outcome.FAILED,
        Outcome.PASSED, Outcome.FAILED, Outcome.FAILED);
  }

  @Test
  void ruleOutcomesDF_hasGluesColumns() {
    Dataset<Row> data = TestSpark.session().createDataFrame(List.of(RowFactory.create(1)),
        new StructType().add("id", DataTypes.IntegerType));
    Dataset<Row> outcomes = DataQuality.onData(data).run(DqdlRuleset.parse("Rules = [ RowCount > 1 ]"))
        .ruleOutcomesDF();
    assertThat(outcomes.columns()).containsExactly("Rule", "Outcome", "FailureReason", "EvaluatedMetrics");
    Row row = outcomes.first();
    assertThat(row.getString(0)).isEqualTo("RowCount > 1");
    assertThat(row.getString(1)).isEqualTo("Failed");
    assertThat(row.getString(2)).isEqualTo("Value: 1 does not meet the constraint requirement!");
    assertThat(row.<String, Double>getJavaMap(3)).containsEntry("Dataset.*.RowCount", 1.0);
  }
}
