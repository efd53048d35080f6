package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** Rulesets as code: CreateDataQualityRuleset-shaped files, checked with file, JSON path, DQDL line and column. */
class RulesetDefinitionsTest {
  private static final TableColumns ORDERS = (db, table) -> db.equals("sales") && table.equals("orders")
      ? Optional.of(List.of("id", "amount", "day")) : Optional.empty();

  @Test
  void load_readsGluesShapeAndAttachesRulesetsToTables() throws Exception {
    Path folder = TestSpark.newFolder("rulesets");
    Files.writeString(folder.resolve("orders.json"), """
        {"Name": "orders_rules", "Description": "orders", "Ruleset": "Rules = [ RowCount > 0, IsComplete \\"id\\" ]",
         "TargetTable": {"DatabaseName": "sales", "TableName": "orders"}, "Tags": {"team": "sales"}}""");
    RulesetDefinitions rulesets = RulesetDefinitions.load(folder, ORDERS);
    assertThat(rulesets.forTable("sales", "orders")).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("orders_rules");
      assertThat(r.ruleset().rules()).hasSize(2);
      assertThat(r.tags()).containsEntry("team", "sales");
    });
    assertThat(rulesets.named("orders_rules")).isPresent();
  }

  @Test
  void parse_whenRulesetsAreBad_reportsEveryProblemWithFileJsonPathAndDqdlPosition() {
    List<DefinitionNode> files = List.of(
        DefinitionNode.parse("syntax.json", "{\"Name\": \"a\", \"Ruleset\": \"Rules = [\\n  RowCount > 0,\\n"
            + "  IsComplete \\\"id\\\" >\\n]\", \"TargetTable\": {\"DatabaseName\": \"sales\", \"TableName\": "
            + "\"orders\"}}"),
        DefinitionNode.parse("type.json", "{\"Name\": \"b\", \"Ruleset\": \"Rules = [ RowCount > 0,\\n IsFancy \\\"id\\\" ]\"}"),
        DefinitionNode.parse("column.json", "{\"Name\": \"c\", \"Ruleset\": \"Rules = [\\n  IsComplete \\\"amout\\\" ]\","
            + " \"TargetTable\": {\"DatabaseName\": \"sales\", \"TableName\": \"orders\"}}"),
        DefinitionNode.parse("table.json", "{\"Name\": \"d\", \"Ruleset\": \"Rules = [ RowCount > 0 ]\","
            + " \"TargetTable\": {\"DatabaseName\": \"sales\", \"TableName\": \"refunds\"}, \"Owner\": \"x\"}"));
    assertThatThrownBy(() -> RulesetDefinitions.parse(files, ORDERS))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          String m = e.getMessage();
          assertThat(m).contains("syntax.json: $.Ruleset: DQDL line 4, column 1");
          assertThat(m).contains("type.json: $.Ruleset: DQDL line 2, column 2").contains("IsFancy");
          assertThat(m).contains("column.json: $.Ruleset: DQDL line 2, column 3: column 'amout' is not in the data");
          assertThat(m).contains("table.json: $.TargetTable: table sales.refunds is not declared");
          assertThat(m).contains("table.json").contains("Owner");
        });
  }

  @Test
  void bundled_holdsTheAirQualityRulesetForItsCuratedTable() {
    RulesetDefinitions bundled = RulesetDefinitions.bundled(TableColumns.UNCHECKED);
    assertThat(bundled.forTable("airquality", "no2_weather_daily")).extracting(RulesetDefinition::name)
        .contains("no2_weather_daily_quality");
  }
}
