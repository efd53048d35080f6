package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.json.DefinitionProblem;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.workflow.definition.Logical;
import org.gluesuite.workflow.definition.TriggerType;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {
  @TempDir
  Path dir;

  @Test
  void load_whenValid_givesTypedConfigs() {
    WorkflowDefinition d = Definitions.in(dir)
        .workflow("{'Name': 'wf', 'DefaultRunProperties': {'city': 'Valmora'}, 'MaxConcurrentRuns': 2}")
        .job("a", "'MaxRetries': 1, 'Timeout': 5, 'ExecutionProperty': {'MaxConcurrentRuns': 3}, "
            + "'DefaultArguments': {'--x': '1'}")
        .job("b", "")
        .start("a").when("then", "AND", new String[] {"a=SUCCEEDED"}, "b").load();
    assertThat(d.name()).isEqualTo("wf");
    assertThat(d.workflow().maxConcurrentRuns()).isEqualTo(2);
    assertThat(d.job("a").orElseThrow().maxRetries()).isEqualTo(1);
    assertThat(d.job("a").orElseThrow().maxConcurrentRuns()).isEqualTo(3);
    assertThat(d.job("b").orElseThrow().timeoutMinutes()).isEqualTo(2880);
    assertThat(d.startTrigger().type()).isEqualTo(TriggerType.ON_DEMAND);
    assertThat(d.conditionalTriggers().get(0).predicate().logical()).isEqualTo(Logical.AND);
    assertThat(d.nodes()).extracting(n -> n.name()).containsExactly("a", "b");
  }

  @Test
  void load_whenManyThingsAreWrong_listsEveryProblemWithFileAndJsonPath() {
    Definitions.in(dir)
        .workflow("{'Name': 'wf', 'Colour': 'blue'}")
        .job("a", "'Timout': 5")
        .job("b", "'MaxRetries': 'three', 'DefaultArguments': {'--n': 5}")
        .trigger("start", "'Type': 'ON_DEMAND', 'StartOnCreation': true, 'Actions': [{'JobName': 'a'}, "
            + "{'JobName': 'ghost'}, {'CrawlerName': 'no-such-crawler'}]")
        .trigger("nightly", "'Type': 'CONDITIONAL', 'StartOnCreation': true, 'Schedule': 'cron(0 25 * * ? *)', "
            + "'Predicate': {'Conditions': [{'JobName': 'a', 'State': 'RUNNING'}]}, 'Actions': [{'JobName': 'b'}]")
        .trigger("loop1", "'Type': 'CONDITIONAL', 'Predicate': {'Conditions': [{'JobName': 'b', "
            + "'State': 'SUCCEEDED'}]}, 'Actions': [{'JobName': 'c'}]")
        .trigger("untyped", "'Actions': {'JobName': 'a'}")
        .job("c", "")
        .trigger("loop2", "'Type': 'CONDITIONAL', 'Predicate': {'Conditions': [{'JobName': 'c', "
            + "'State': 'FAILED'}]}, 'Actions': [{'JobName': 'b'}]");

    assertThatThrownBy(() -> Definitions.in(dir).load())
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          List<String> problems = e.problems().stream().map(DefinitionProblem::toString).toList();
          assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("workflow.json: $.Colour: unknown key"))
              .anySatisfy(p -> assertThat(p).startsWith("jobs/a.json: $.Timout: unknown key"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/start.json: $.StartOnCreation: ON_DEMAND"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/start.json: $.Actions[1].JobName: there is no job "
                  + "'ghost'"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/start.json: $.Actions[2].CrawlerName: there is no "
                  + "crawler 'no-such-crawler'"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/nightly.json: $.Schedule: only SCHEDULED"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/nightly.json: $.Predicate.Conditions[0].State: "
                  + "'RUNNING' cannot be watched"))
              .anySatisfy(p -> assertThat(p).contains("has a cycle").contains("job b").contains("job c"))
              .anySatisfy(p -> assertThat(p).startsWith("jobs/b.json: $.MaxRetries: must be a whole number from 0 to"
                  + " 10, found a string \"three\""))
              .anySatisfy(p -> assertThat(p).startsWith("jobs/b.json: $.DefaultArguments.--n: must be a string"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/untyped.json: $.Type: is required"))
              .anySatisfy(p -> assertThat(p).startsWith("triggers/untyped.json: $.Actions: must be a JSON array"));
          assertThat(problems).as("one problem per mistake, nothing reported twice")
              .doesNotHaveDuplicates().noneMatch(p -> p.startsWith("triggers/untyped.json: $.Actions: needs"));
          assertThat(e.getMessage()).contains("problems; nothing ran");
        });
  }

  @Test
  void load_whenCronIsBad_namesTheField() {
    Definitions.in(dir).workflow("{'Name': 'wf'}").job("a", "")
        .trigger("s", "'Type': 'SCHEDULED', 'StartOnCreation': true, 'Schedule': 'cron(0 25 * * ? *)', "
            + "'Actions': [{'JobName': 'a'}]");
    assertThatThrownBy(() -> Definitions.in(dir).load()).hasMessageContaining("triggers/s.json: $.Schedule: bad cron")
        .hasMessageContaining("Hours field");
  }

  @Test
  void load_whenPredicateWatchesACrawlerWithAJobState_orTwoStartTriggers_isRejected() {
    Definitions.in(dir).workflow("{'Name': 'wf'}").job("a", "")
        .trigger("s1", "'Type': 'ON_DEMAND', 'Actions': [{'CrawlerName': 'raw-crawler'}]")
        .trigger("s2", "'Type': 'EVENT', 'EventBatchingCondition': {'BatchSize': 500}, 'Actions': [{'JobName': 'a'}]")
        .trigger("c", "'Type': 'CONDITIONAL', 'Predicate': {'Logical': 'ALL', 'Conditions': [{'CrawlerName': "
            + "'raw-crawler', 'State': 'SUCCEEDED'}]}, 'Actions': [{'JobName': 'a'}]");
    assertThatThrownBy(() -> Definitions.in(dir).load())
        .hasMessageContaining("exactly one start trigger")
        .hasMessageContaining("$.EventBatchingCondition.BatchSize: must be a whole number from 1 to 100")
        .hasMessageContaining("$.Predicate.Logical: 'ALL' is not one of [AND, ANY]")
        .hasMessageContaining("CrawlState");
  }
}
