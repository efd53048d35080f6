package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.dq.RulesetDefinition;
import org.gluesuite.dq.RulesetDefinitions;
import org.gluesuite.dq.TableColumns;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.testing.ServeExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.DataQualityRulesetListDetails;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetDataQualityRulesetResponse;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.UpdateDataQualityRulesetResponse;

/**
 * Glue's data quality ruleset operations through the AWS SDK v2 against {@code glue-suite serve}: rulesets are the
 * files of the workspace's rulesets folder, read back by the data-quality module's own reader.
 */
class DataQualityRulesetApiTest {
  @RegisterExtension
  static final ServeExtension SERVE = new ServeExtension();
  private static final String ARN = "arn:aws:glue:eu-west-1:000000000000:dataQualityRuleset/";

  @BeforeEach
  void noRulesets() {
    GlueClient glue = SERVE.fixture().glue();
    glue.listDataQualityRulesetsPaginator(r -> { }).stream().flatMap(p -> p.rulesets().stream()).toList()
        .forEach(r -> glue.deleteDataQualityRuleset(d -> d.name(r.name())));
  }

  private Path folder() {
    return SERVE.fixture().workspace().resolve(GlueSuiteServe.RULESETS);
  }

  @Test
  void rulesetsAreCreatedReadUpdatedListedAndDeleted_asFilesTheDataQualityReaderReads() {
    GlueClient glue = SERVE.fixture().glue();
    assertThat(glue.createDataQualityRuleset(r -> r.name("orders_quality").description("orders are complete")
        .ruleset("Rules = [ RowCount > 0, IsComplete \"order_id\" ]")
        .targetTable(t -> t.databaseName("sales").tableName("orders")).tags(Map.of("pipeline", "sales")))
        .name()).isEqualTo("orders_quality");
    glue.createDataQualityRuleset(r -> r.name("loose").ruleset("Rules = [ RowCount > 0 ]"));

    GetDataQualityRulesetResponse got = glue.getDataQualityRuleset(r -> r.name("orders_quality"));
    assertThat(got.description()).isEqualTo("orders are complete");
    assertThat(got.ruleset()).isEqualTo("Rules = [ RowCount > 0, IsComplete \"order_id\" ]");
    assertThat(got.targetTable().databaseName()).isEqualTo("sales");
    assertThat(got.targetTable().tableName()).isEqualTo("orders");
    assertThat(got.createdOn()).isNotNull();
    assertThat(got.lastModifiedOn()).isNotNull();
    assertThat(glue.getTags(r -> r.resourceArn(ARN + "orders_quality")).tags()).containsExactly(
        Map.entry("pipeline", "sales"));

    // The store is the data-quality module's: its reader finds the ruleset, DQDL parsed, target attached.
    RulesetDefinition read = RulesetDefinitions.load(folder(), TableColumns.UNCHECKED).named("orders_quality")
        .orElseThrow();
    assertThat(read.targets("sales", "orders")).isTrue();
    assertThat(read.ruleset().rules()).hasSize(2);
    assertThat(new DefinitionFolder(folder()).read("orders_quality").orElseThrow().has("Tags"))
        .as("tags are kept in the tag store, not twice").isFalse();

    UpdateDataQualityRulesetResponse updated = glue.updateDataQualityRuleset(r -> r.name("orders_quality")
        .ruleset("Rules = [ RowCount > 10 ]"));
    assertThat(updated.ruleset()).isEqualTo("Rules = [ RowCount > 10 ]");
    assertThat(updated.description()).as("members left out are kept").isEqualTo("orders are complete");
    assertThat(glue.getDataQualityRuleset(r -> r.name("orders_quality")).ruleset())
        .isEqualTo("Rules = [ RowCount > 10 ]");

    List<DataQualityRulesetListDetails> all = glue.listDataQualityRulesets(r -> { }).rulesets();
    assertThat(all).extracting(DataQualityRulesetListDetails::name).containsExactly("loose", "orders_quality");
    assertThat(all.get(1).ruleCount()).isEqualTo(1);
    assertThat(all.get(1).targetTable().tableName()).isEqualTo("orders");
    assertThat(glue.listDataQualityRulesets(r -> r.filter(f -> f.targetTable(t -> t.databaseName("sales")
        .tableName("orders")))).rulesets()).extracting(DataQualityRulesetListDetails::name)
        .containsExactly("orders_quality");
    assertThat(glue.listDataQualityRulesets(r -> r.tags(Map.of("pipeline", "sales"))).rulesets())
        .extracting(DataQualityRulesetListDetails::name).containsExactly("orders_quality");
    assertThat(glue.listDataQualityRulesets(r -> r.tags(Map.of("pipeline", "other"))).rulesets()).isEmpty();
    assertThat(glue.listDataQualityRulesets(r -> r.maxResults(1)).nextToken()).as("paged").isNotNull();

    glue.deleteDataQualityRuleset(r -> r.name("orders_quality"));
    assertThat(folder().resolve("orders_quality.json")).doesNotExist();
    assertThatThrownBy(() -> glue.getDataQualityRuleset(r -> r.name("orders_quality")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("orders_quality");
    assertThatThrownBy(() -> glue.getTags(r -> r.resourceArn(ARN + "orders_quality")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void aRulesetDeclaredInASubFolderIsServedAndUpdatedInItsOwnFile() throws Exception {
    Path file = folder().resolve("shipping/shipments.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"Name\": \"shipments_quality\", \"Ruleset\": \"Rules = [ RowCount > 0 ]\","
        + " \"TargetTable\": {\"DatabaseName\": \"shipping\", \"TableName\": \"shipments\"}}");
    GlueClient glue = SERVE.fixture().glue();
    assertThat(glue.getDataQualityRuleset(r -> r.name("shipments_quality")).targetTable().tableName())
        .isEqualTo("shipments");
    glue.updateDataQualityRuleset(r -> r.name("shipments_quality").description("declared by hand"));
    assertThat(Files.readString(file)).contains("declared by hand");
    assertThat(folder().resolve("shipments_quality.json")).doesNotExist();

    // A hand-written file named like a new ruleset is not overwritten.
    Files.writeString(folder().resolve("orders.json"),
        "{\"Name\": \"orders_by_hand\", \"Ruleset\": \"Rules = [ RowCount > 0 ]\"}");
    assertThatThrownBy(() -> glue.createDataQualityRuleset(r -> r.name("orders").ruleset("Rules = [ RowCount > 1 ]")))
        .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("already declares ruleset orders_by_hand");
    assertThat(glue.getDataQualityRuleset(r -> r.name("orders_by_hand")).ruleset())
        .isEqualTo("Rules = [ RowCount > 0 ]");
  }

  @Test
  void badRequestsGetGluesErrors() {
    GlueClient glue = SERVE.fixture().glue();
    glue.createDataQualityRuleset(r -> r.name("twice").ruleset("Rules = [ RowCount > 0 ]"));
    assertThatThrownBy(() -> glue.createDataQualityRuleset(r -> r.name("twice").ruleset("Rules = [ RowCount > 1 ]")))
        .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("twice already exists");

    assertThatThrownBy(() -> glue.createDataQualityRuleset(r -> r.name("broken")
        .ruleset("Rules = [\n  RowCount > 0,\n  IsComplet \"id\"\n]")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.Ruleset")
        .hasMessageContaining("line 3");
    assertThat(folder().resolve("broken.json")).as("nothing stored").doesNotExist();

    assertThatThrownBy(() -> glue.updateDataQualityRuleset(r -> r.name("twice").ruleset("Rules = [ RowCount > ]")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("DQDL line 1");
    assertThat(glue.getDataQualityRuleset(r -> r.name("twice")).ruleset()).as("unchanged")
        .isEqualTo("Rules = [ RowCount > 0 ]");

    assertThatThrownBy(() -> glue.updateDataQualityRuleset(r -> r.name("missing").description("x")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("missing not found");
    assertThatThrownBy(() -> glue.deleteDataQualityRuleset(r -> r.name("missing")))
        .isInstanceOf(EntityNotFoundException.class);
  }
}
