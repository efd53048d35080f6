package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** A ruleset that does not fit its data fails before any Spark job, naming each rule's line and column. */
class RulesetChecksTest {
  private static Dataset<Row> data() {
    return TestSpark.session().createDataFrame(List.of(RowFactory.create(1, "a")),
        new StructType().add("id", DataTypes.IntegerType).add("Name", DataTypes.StringType));
  }

  @Test
  void check_whenColumnsAreUnknown_namesThemWithPositionAndSuggestion() {
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [\n  IsComplete \"id\",\n  IsComplete \"nmae\",\n"
        + "  (Mean \"id\" > 0) and (Sum \"amount\" > 1),\n  ColumnExists \"whatever\",\n  IsUnique \"NAME\"\n]");
    long jobsBefore = TestSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null).length;
    assertThatThrownBy(() -> DataQuality.onData(data()).run(ruleset))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).extracting(RulesetProblem::line).containsExactly(3, 4);
          assertThat(e.problems().get(0).message()).contains("column 'nmae' is not in the data (columns: id, Name)")
              .contains("did you mean 'Name'?");
          assertThat(e.problems().get(1).message()).contains("'amount'");
        });
    assertThat(TestSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobsBefore);
  }

  @Test
  void check_whenRuleTypeIsValidDqdlButNotEvaluatedHere_saysSo() {
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [ RowCount > 0, DatasetMatch \"ref\" \"id->id\" >= 0.9 ]");
    assertThatThrownBy(() -> DataQuality.onData(data()).check(ruleset))
        .isInstanceOf(InvalidRulesetException.class)
        .hasMessageContaining("line 1, column 25")
        .hasMessageContaining("rule type DatasetMatch is valid DQDL but not evaluated by this runtime");
  }

  @Test
  void check_whenReferenceIsMissing_orRuleIsDynamic_saysHowToFix() {
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [ RowCountMatch \"other\" >= 0.9,\n"
        + "RowCount > avg(last(3)) ]");
    assertThatThrownBy(() -> DataQuality.onData(data()).check(ruleset))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.problems().get(0).message()).contains("reference dataset 'other' was not given");
          assertThat(e.problems().get(1).line()).isEqualTo(2);
          assertThat(e.problems().get(1).message()).contains("dynamic rules");
        });
  }

  @Test
  void check_whenWhereClauseOrCustomSqlOrReferenceColumnIsWrong_namesEachRuleBeforeAnySparkJob() {
    Dataset<Row> countries = TestSpark.session().createDataFrame(List.of(RowFactory.create("US")),
        new StructType().add("code", DataTypes.StringType));
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [\n  RowCount > 0 where \"nmae = 'a'\",\n"
        + "  IsComplete \"id\" where \"id >\",\n  CustomSql \"select count(*) from primary where amount > 1\" > 0,\n"
        + "  ReferentialIntegrity \"Name\" \"countries.{cod}\" = 1.0,\n  IsComplete \"id\" where \"id > 0\"\n]");
    long jobsBefore = TestSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null).length;
    assertThatThrownBy(() -> DataQuality.onData(data()).withReference("countries", countries).check(ruleset))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).extracting(RulesetProblem::line).containsExactly(2, 3, 4, 5);
          assertThat(e.problems().get(0).message()).contains("the where clause \"nmae = 'a'\" is not a Spark SQL "
              + "condition over the data's columns (id, Name)").contains("`nmae` cannot be resolved");
          assertThat(e.problems().get(1).message()).contains("the where clause \"id >\"").contains("PARSE_SYNTAX_ERROR");
          assertThat(e.problems().get(2).message()).contains("the custom SQL statement is not valid Spark SQL over the "
              + "data (named primary, columns id, Name)").contains("`amount` cannot be resolved");
          assertThat(e.problems().get(3).message()).contains("column 'cod' is not in the reference dataset "
              + "'countries' (columns: code)");
          assertThat(e.getMessage()).contains("line 2, column 3").contains("line 5, column 3");
        });
    assertThat(TestSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobsBefore);
  }
}
