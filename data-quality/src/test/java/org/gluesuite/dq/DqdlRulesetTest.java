package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing with AWS's DQDL parser: bad rulesets are reported with the DQDL line and column of each mistake. */
class DqdlRulesetTest {

  @Test
  void parse_whenValid_keepsEachTopLevelRuleWithItsPosition() {
    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [\n  RowCount > 0,\n    IsComplete \"id\",\n"
        + "  (Mean \"a\" > 1) and (Sum \"a\" < 9)\n]");
    assertThat(ruleset.rules()).extracting(DqdlRule::toString).containsExactly("RowCount > 0",
        "IsComplete \"id\"", "(Mean \"a\" > 1) AND (Sum \"a\" < 9)");
    assertThat(ruleset.rules()).extracting(DqdlRule::line).containsExactly(2, 3, 4);
    assertThat(ruleset.rules()).extracting(DqdlRule::column).containsExactly(3, 5, 3);
    assertThat(ruleset.rules().get(2).leaves()).hasSize(2);
  }

  @Test
  void parse_whenSyntaxIsBroken_namesLineAndColumn() {
    assertThatThrownBy(() -> DqdlRuleset.parse("Rules = [\n  RowCount > 0,\n  IsComplete \"id\" >\n]"))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).line()).isEqualTo(4);
          assertThat(e.getMessage()).contains("line 4, column 1").contains("DQDL rule type reference");
          assertThat(e.errorCode()).isEqualTo("InvalidInputException");
        });
  }

  @Test
  void parse_whenRuleTypeIsUnknown_namesEveryBadRuleWhereItStarts() {
    assertThatThrownBy(() -> DqdlRuleset.parse("Rules = [\n  RowCount > 0,\n  IsFancy \"a\",\n"
        + "  ColumnCount \"x\" > 1\n]"))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).extracting(RulesetProblem::line).containsExactly(3, 4);
          assertThat(e.problems()).extracting(RulesetProblem::column).containsExactly(3, 3);
          assertThat(e.problems().get(0).message()).contains("IsFancy");
          assertThat(e.getMessage()).contains("line 3, column 3").contains("line 4, column 3");
        });
  }

  @Test
  void parse_whenEmpty_saysWhatARulesetLooksLike() {
    assertThatThrownBy(() -> DqdlRuleset.parse("  "))
        .isInstanceOf(InvalidRulesetException.class).hasMessageContaining("Rules = [");
  }

  @Test
  void parse_whenConditionDoesNotFitTheRuleType_isRejectedByAwsParser() {
    assertThatThrownBy(() -> DqdlRuleset.parse("Rules = [ IsComplete \"a\" > 0.5 ]"))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e ->
            assertThat(e.problems().get(0)).extracting(RulesetProblem::line, RulesetProblem::column)
                .containsExactly(1, 11));
  }

  @Test
  void additionalSources_areTheDataSourcesSection() {
    DqdlRuleset ruleset = DqdlRuleset.parse("DataSources = { \"Primary\": \"orders\", \"AdditionalDataSources\": "
        + "[\"customers\"] }\nRules = [ RowCountMatch \"customers\" >= 0.9 ]");
    assertThat(ruleset.additionalSources()).isEqualTo(List.of("customers"));
    assertThat(ruleset.rules().get(0).line()).isEqualTo(2);
  }

  @Test
  void parse_whenRuleTypeTakesNoWhereClause_namesEachSuchRule() {
    assertThatThrownBy(() -> DqdlRuleset.parse("Rules = [\n  RowCount > 0 where \"a > 1\",\n"
        + "  ColumnCount = 3 where \"a > 1\",\n  ColumnExists \"a\" where \"a > 1\",\n"
        + "  CustomSql \"select count(*) from primary\" > 0 where \"a > 1\",\n"
        + "  RowCountMatch \"ref\" = 1.0 where \"a > 1\"\n]"))
        .isInstanceOfSatisfying(InvalidRulesetException.class, e -> {
          assertThat(e.problems()).extracting(RulesetProblem::line).containsExactly(3, 4, 5, 6);
          assertThat(e.problems().get(0).message()).contains("ColumnCount");
        });
  }
}
