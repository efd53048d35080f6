package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every supported DQDL rule type on a small frame whose outcome is known by hand, passing and failing, with where
 * clauses and thresholds. All cases of one kind are evaluated as one ruleset (the way Glue runs them), then each
 * outcome is compared with its expectation.
 */
class DqdlConformanceTest {
  private static Dataset<Row> people;
  private static Dataset<Row> countries;

  /** Four people: Dee has no age and no join date; Cy has no code; Bob is the only minor. */
  @BeforeAll
  static void data() {
    StructType schema = new StructType()
        .add("id", DataTypes.IntegerType)
        .add("name", DataTypes.StringType)
        .add("age", DataTypes.IntegerType)
        .add("country", DataTypes.StringType)
        .add("code", DataTypes.StringType)
        .add("weight", DataTypes.DoubleType)
        .add("joined", DataTypes.DateType)
        .add("seen", DataTypes.TimestampType)
        .add("amount", DataTypes.StringType);
    Instant now = Instant.now();
    people = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(1, "Ann", 30, "US", "12345", 60.0, Date.valueOf("2024-01-01"),
            Timestamp.from(now.minus(1, ChronoUnit.HOURS)), "10"),
        RowFactory.create(2, "Bob", 17, "CA", "1234", 80.0, Date.valueOf("2024-02-01"),
            Timestamp.from(now.minus(2, ChronoUnit.HOURS)), "20"),
        RowFactory.create(3, "Cy", 45, "UK", null, 70.0, Date.valueOf("2024-03-01"),
            Timestamp.from(now.minus(30, ChronoUnit.HOURS)), "x"),
        RowFactory.create(4, "Dee", null, "US", "54321", 90.0, null,
            Timestamp.from(now.minus(3, ChronoUnit.HOURS)), "40")), schema);
    countries = TestSpark.session().createDataFrame(List.of(RowFactory.create("US"), RowFactory.create("CA"),
        RowFactory.create("FR")), new StructType().add("code", DataTypes.StringType));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    // RowCount, with where and between (DQDL's between excludes its bounds)
    pass(cases, "RowCount = 4");
    fail(cases, "RowCount > 4");
    pass(cases, "RowCount between 3 and 5");
    fail(cases, "RowCount between 4 and 5");
    pass(cases, "RowCount = 2 where \"country = 'US'\"");
    fail(cases, "RowCount > 2 where \"country = 'US'\"");
    // ColumnCount, ColumnExists
    pass(cases, "ColumnCount = 9");
    fail(cases, "ColumnCount < 9");
    pass(cases, "ColumnExists \"name\"");
    fail(cases, "ColumnExists \"surname\"");
    // ColumnDataType: string values castable
    pass(cases, "ColumnDataType \"code\" = \"INTEGER\" with threshold >= 0.75");
    fail(cases, "ColumnDataType \"amount\" = \"INTEGER\"");
    pass(cases, "ColumnDataType \"amount\" = \"INTEGER\" with threshold > 0.7");
    fail(cases, "ColumnDataType \"amount\" = \"INTEGER\" with threshold > 0.8");
    pass(cases, "ColumnDataType \"amount\" = \"INTEGER\" where \"id != 3\"");
    fail(cases, "ColumnDataType \"amount\" = \"INTEGER\" where \"id >= 3\"");
    // Completeness and IsComplete
    pass(cases, "Completeness \"age\" >= 0.75");
    fail(cases, "Completeness \"age\" > 0.75");
    pass(cases, "Completeness \"age\" = 1.0 where \"country != 'US'\"");
    pass(cases, "IsComplete \"name\"");
    fail(cases, "IsComplete \"code\"");
    pass(cases, "IsComplete \"code\" where \"id != 3\"");
    // Uniqueness, IsUnique, IsPrimaryKey
    pass(cases, "IsUnique \"id\"");
    fail(cases, "IsUnique \"country\"");
    pass(cases, "IsUnique \"country\" where \"id < 3\"");
    pass(cases, "Uniqueness \"country\" = 0.5");
    fail(cases, "Uniqueness \"country\" > 0.5");
    pass(cases, "Uniqueness \"country\" = 1.0 where \"id != 4\"");
    pass(cases, "IsPrimaryKey \"id\"");
    fail(cases, "IsPrimaryKey \"age\"");
    pass(cases, "IsPrimaryKey \"country\" where \"id != 4\"");
    pass(cases, "IsPrimaryKey \"country\" \"name\"");
    fail(cases, "IsPrimaryKey \"country\" \"weight\" where \"weight > 100\" ");
    // DistinctValuesCount, Entropy
    pass(cases, "DistinctValuesCount \"country\" = 3");
    fail(cases, "DistinctValuesCount \"country\" > 3");
    pass(cases, "DistinctValuesCount \"country\" = 1 where \"id > 3\"");
    pass(cases, "Entropy \"country\" between 1.03 and 1.05");
    fail(cases, "Entropy \"id\" < 1.0");
    pass(cases, "Entropy \"country\" between 1.09 and 1.1 where \"id != 4\"");
    // ColumnValues: sets, ranges, regex, dates, NULL handling, thresholds
    pass(cases, "ColumnValues \"country\" in [\"US\", \"CA\", \"UK\"]");
    fail(cases, "ColumnValues \"country\" in [\"US\", \"CA\"]");
    pass(cases, "ColumnValues \"country\" in [\"US\", \"CA\"] with threshold >= 0.75");
    pass(cases, "ColumnValues \"country\" in [\"US\"] where \"id in (1, 4)\"");
    fail(cases, "ColumnValues \"age\" between 16 and 46");
    pass(cases, "ColumnValues \"age\" between 16 and 46 where \"age is not null\"");
    pass(cases, "ColumnValues \"age\" != 18");
    fail(cases, "ColumnValues \"age\" > 18 with threshold > 0.5");
    pass(cases, "ColumnValues \"age\" > 18 with threshold >= 0.5");
    // where, then threshold (DQDL's order): US rows are Ann (30) and Dee (no age)
    pass(cases, "ColumnValues \"age\" > 18 where \"country = 'US'\" with threshold >= 0.5");
    fail(cases, "ColumnValues \"age\" > 18 where \"country = 'US'\" with threshold > 0.5");
    pass(cases, "ColumnValues \"age\" not in [18, 19]");
    fail(cases, "ColumnValues \"age\" not in [17, NULL]");
    // composite rules are decided part by part over all rows by default (Glue's COLUMN method): neither part holds
    fail(cases, "(ColumnValues \"age\" >= 17) or (ColumnValues \"age\" = NULL)");
    pass(cases, "ColumnValues \"name\" matches \"[A-Z][a-z]+\"");
    fail(cases, "ColumnValues \"name\" matches \"[A-Z][a-z]{2}\"");
    pass(cases, "ColumnValues \"code\" in [\"12345\", \"1234\", \"54321\", NULL]");
    fail(cases, "ColumnValues \"joined\" > \"2024-01-15\"");
    pass(cases, "ColumnValues \"joined\" > \"2024-01-15\" where \"id in (2, 3)\"");
    pass(cases, "ColumnValues \"joined\" <= (now() + 1 days) with threshold >= 0.75");
    // ColumnLength: NULL counts as length 0
    pass(cases, "ColumnLength \"name\" between 1 and 4");
    fail(cases, "ColumnLength \"code\" = 5");
    pass(cases, "ColumnLength \"code\" = 5 where \"id in (1, 4)\"");
    pass(cases, "ColumnLength \"code\" < 6");
    fail(cases, "ColumnLength \"code\" > 3");
    // Mean, Sum, StandardDeviation (nulls ignored)
    pass(cases, "Mean \"weight\" = 75");
    fail(cases, "Mean \"weight\" > 75");
    pass(cases, "Mean \"weight\" = 75 where \"country = 'US'\"");
    pass(cases, "Sum \"age\" = 92");
    fail(cases, "Sum \"age\" < 92");
    pass(cases, "Sum \"age\" = 30 where \"country = 'US'\"");
    pass(cases, "StandardDeviation \"weight\" between 11.17 and 11.19");
    fail(cases, "StandardDeviation \"weight\" < 11");
    pass(cases, "StandardDeviation \"weight\" = 10 where \"id in (1, 2)\"");
    // ColumnCorrelation
    pass(cases, "ColumnCorrelation \"id\" \"weight\" > 0.7"); // exactly 0.8
    fail(cases, "ColumnCorrelation \"id\" \"weight\" > 0.8");
    pass(cases, "ColumnCorrelation \"id\" \"weight\" between 0.92 and 0.93 where \"id != 3\"");
    fail(cases, "ColumnCorrelation \"id\" \"weight\" > 0.99 where \"id != 3\"");
    // DataFreshness: Dee's and Ann's are recent, Cy's is 30 hours old
    fail(cases, "DataFreshness \"seen\" <= 24 hours");
    pass(cases, "DataFreshness \"seen\" <= 2 days");
    pass(cases, "DataFreshness \"seen\" <= 24 hours where \"id != 3\"");
    // CustomSql: one number, or the rows that pass
    pass(cases, "CustomSql \"select count(*) from primary where age >= 18\" = 2");
    fail(cases, "CustomSql \"select count(*) from primary\" between 10 and 20");
    fail(cases, "CustomSql \"select id from primary where age >= 18\"");
    pass(cases, "CustomSql \"select id from primary where age >= 18\" with threshold >= 0.5");
    // ReferentialIntegrity, RowCountMatch against the reference dataset "countries"
    pass(cases, "ReferentialIntegrity \"country\" \"countries.{code}\" >= 0.75");
    fail(cases, "ReferentialIntegrity \"country\" \"countries.code\" = 1.0");
    pass(cases, "RowCountMatch \"countries\" between 1.33 and 1.34");
    fail(cases, "RowCountMatch \"countries\" <= 1.0");
    // UniqueValueRatio, ColumnNamesMatchPattern
    pass(cases, "UniqueValueRatio \"country\" between 0.6 and 0.7");
    pass(cases, "UniqueValueRatio \"country\" = 1.0 where \"id != 4\"");
    pass(cases, "ColumnNamesMatchPattern \"[a-z]+\"");
    fail(cases, "ColumnNamesMatchPattern \"[a-m]+\"");
    // composite rules
    pass(cases, "(IsComplete \"name\") and (RowCount = 4)");
    fail(cases, "(IsComplete \"code\") and (RowCount = 4)");
    pass(cases, "(IsComplete \"code\") or (RowCount = 4)");
    return cases.stream();
  }

  private static List<RuleOutcome> outcomes;

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void ruleHasItsKnownOutcome(String rule, Outcome expected) {
    RuleOutcome outcome = outcomeOf(rule);
    assertThat(outcome.outcome()).as("%s (reason: %s, metrics: %s)", rule, outcome.failureReason(),
        outcome.evaluatedMetrics()).isEqualTo(expected);
    assertThat(outcome.failureReason() == null).as("a failure reason exactly when it failed: %s", outcome)
        .isEqualTo(expected == Outcome.PASSED);
  }

  @Test
  void metricsCarryGluesNamesAndValues() {
    assertThat(outcomeOf("Completeness \"age\" >= 0.75").evaluatedMetrics())
        .containsEntry("Column.age.Completeness", 0.75);
    assertThat(outcomeOf("RowCount = 4").evaluatedMetrics()).containsEntry("Dataset.*.RowCount", 4.0);
    assertThat(outcomeOf("Mean \"weight\" = 75").evaluatedMetrics()).containsEntry("Column.weight.Mean", 75.0);
    assertThat(outcomeOf("ColumnValues \"country\" in [\"US\", \"CA\"] with threshold >= 0.75").evaluatedMetrics())
        .containsEntry("Column.country.ColumnValues.Compliance", 0.75);
    assertThat(outcomeOf("IsPrimaryKey \"country\" \"name\"").evaluatedMetrics())
        .containsEntry("Multicolumn.country,name.Uniqueness", 1.0);
  }

  @Test
  void failureReasonsSayWhatWasFound() {
    assertThat(outcomeOf("RowCount > 4").failureReason())
        .isEqualTo("Value: 4 does not meet the constraint requirement!");
    assertThat(outcomeOf("IsComplete \"code\"").failureReason())
        .isEqualTo("Value: 0.75 does not meet the constraint requirement!");
    assertThat(outcomeOf("DataFreshness \"seen\" <= 24 hours").failureReason())
        .isEqualTo("75.00 % of rows passed the threshold");
  }

  @Test
  void compositeRulesByRow_whenEveryRowHoldsEitherPart_pass() {
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [ (ColumnValues \"age\" >= 17) or (ColumnValues \"age\" = NULL),"
        + " (ColumnValues \"age\" >= 18) or (ColumnValues \"age\" = NULL), (IsComplete \"id\") and (RowCount = 4) ]");
    List<RuleOutcome> byRow = DataQuality.onData(people).withCompositeRulesByRow(true).run(ruleset).ruleOutcomes();
    assertThat(byRow).extracting(RuleOutcome::outcome).containsExactly(Outcome.PASSED, Outcome.FAILED,
        Outcome.PASSED);
    assertThat(byRow.get(1).failureReason()).isEqualTo("75.00 % of rows passed the threshold");
  }

  private static synchronized RuleOutcome outcomeOf(String rule) {
    if (outcomes == null) {
      List<String> rules = cases().map(a -> (String) a.get()[0]).distinct().toList();
      DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [\n  " + String.join(",\n  ", rules) + "\n]");
      outcomes = DataQuality.onData(people).withReference("countries", countries).run(ruleset).ruleOutcomes();
    }
    String canonical = DqdlRuleset.parse("Rules = [ " + rule + " ]").rules().get(0).toString();
    return outcomes.stream().filter(o -> o.rule().equals(canonical)).findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + canonical + " among " + outcomes));
  }

  private static void pass(List<Arguments> cases, String rule) {
    cases.add(Arguments.of(rule, Outcome.PASSED));
  }

  private static void fail(List<Arguments> cases, String rule) {
    cases.add(Arguments.of(rule, Outcome.FAILED));
  }
}
