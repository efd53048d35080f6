package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.ServeFixture;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Action;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.BatchGetTriggersResponse;
import software.amazon.awssdk.services.glue.model.BatchGetWorkflowsResponse;
import software.amazon.awssdk.services.glue.model.Edge;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.Node;
import software.amazon.awssdk.services.glue.model.Trigger;
import software.amazon.awssdk.services.glue.model.TriggerState;
import software.amazon.awssdk.services.glue.model.TriggerType;
import software.amazon.awssdk.services.glue.model.Workflow;

/**
 * Glue's workflow and trigger resources through the AWS SDK v2 against {@code glue-suite serve}: the bundled
 * definitions seen through Get/List, workflows and triggers created through the API stored where the workflow engine
 * loads them, tags, updates, deletes and Glue's errors. Runs: {@code WorkflowRunApiTest}.
 */
class WorkflowApiTest {
  private static final String ARN = "arn:aws:glue:eu-west-1:000000000000:";

  @TempDir
  static Path workspace;
  private static Path definitions;
  private static GlueSuiteServe serve;
  private static GlueClient glue;

  @BeforeAll
  static void start() throws IOException {
    definitions = workspace.resolve("definitions");
    copy(Path.of("..", "workflows", "definitions"), definitions);
    copy(Path.of("..", "crawlers", "definitions"), workspace.resolve("crawler-definitions"));
    serve = GlueSuiteServe.start(workspace.resolve("catalog"), CrawlContext.forWorkspace(workspace,
        workspace.resolve("crawler-definitions")), new WorkflowRunApiTest.ScriptedLauncher(), definitions,
        ServeSettings.anyPort(ServeFixture.PRINCIPAL));
    glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri()).region("eu-west-1")
        .staticCredentials(ServeFixture.ACCESS_KEY, ServeFixture.SECRET_KEY).maxAttempts(1).build()).glue();
  }

  @AfterAll
  static void stop() {
    glue.close();
    serve.close();
  }

  @BeforeEach
  void onlyTheBundledWorkflows() {
    for (String name : glue.listWorkflows(r -> { }).workflows()) {
      if (!List.of("air-quality", "retail", "shipping").contains(name)) {
        glue.deleteWorkflow(r -> r.name(name));
      }
    }
    glue.listJobs(r -> { }).jobNames().forEach(name -> glue.deleteJob(r -> r.jobName(name)));
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void createJob(GlueClient glue, String name) {
    glue.createJob(r -> r.name(name).role("arn:aws:iam::000000000000:role/Job")
        .command(c -> c.name("glueetl").scriptLocation("s3://scripts/" + name + ".sql"))
        .defaultArguments(Map.of("--days", "7")));
  }

  @Test
  void theBundledDefinitions_areSeenThroughGetAndList() {
    assertThat(glue.listWorkflows(r -> { }).workflows()).containsExactly("air-quality", "retail", "shipping");

    Workflow workflow = glue.getWorkflow(r -> r.name("air-quality").includeGraph(true)).workflow();
    assertThat(workflow.maxConcurrentRuns()).isEqualTo(1);
    assertThat(workflow.defaultRunProperties()).containsEntry("pipeline", "air-quality");
    assertThat(workflow.description()).startsWith("Crawl raw OpenAQ NO2");
    assertThat(workflow.graph().nodes()).extracting(n -> n.typeAsString() + " " + n.name())
        .contains("TRIGGER air-quality-start", "CRAWLER airquality-raw", "TRIGGER air-quality-after-crawl",
            "JOB air-quality-clean", "JOB air-quality-train", "JOB air-quality-record-failure");
    Map<String, String> names = workflow.graph().nodes().stream().collect(java.util.stream.Collectors.toMap(
        Node::uniqueId, Node::name));
    assertThat(workflow.graph().edges()).extracting(e -> names.get(e.sourceId()) + " -> "
        + names.get(e.destinationId())).contains("air-quality-start -> airquality-raw",
            "airquality-raw -> air-quality-after-crawl", "air-quality-after-crawl -> air-quality-clean");
    Node afterCrawl = workflow.graph().nodes().stream().filter(n -> n.name().equals("air-quality-after-crawl"))
        .findFirst().orElseThrow();
    assertThat(afterCrawl.triggerDetails().trigger().predicate().conditions().get(0).crawlStateAsString())
        .isEqualTo("SUCCEEDED");
    assertThat(glue.getWorkflow(r -> r.name("air-quality")).workflow().graph()).as("no graph unless asked").isNull();

    Trigger trigger = glue.getTrigger(r -> r.name("air-quality-after-crawl")).trigger();
    assertThat(trigger.workflowName()).isEqualTo("air-quality");
    assertThat(trigger.type()).isEqualTo(TriggerType.CONDITIONAL);
    assertThat(trigger.state()).isEqualTo(TriggerState.ACTIVATED);
    assertThat(trigger.actions()).extracting(Action::jobName).containsExactly("air-quality-clean");
    assertThat(trigger.actions().get(0).arguments()).containsEntry("--city", "Valmora");
    assertThat(glue.getTriggers(r -> r.dependentJobName("air-quality-clean")).triggers()).extracting(Trigger::name)
        .containsExactly("air-quality-after-crawl");
    assertThat(glue.listTriggers(r -> r.maxResults(2)).nextToken()).as("paged").isNotNull();
  }

  @Test
  void aWorkflowBuiltThroughTheApi_isStoredWhereTheEngineLoadsIt() {
    createJob(glue, "nightly-clean");
    createJob(glue, "nightly-train");
    glue.createWorkflow(r -> r.name("nightly").description("clean every night").maxConcurrentRuns(2)
        .defaultRunProperties(Map.of("city", "Valmora")).tags(Map.of("team", "air")));
    glue.createTrigger(r -> r.name("nightly-start").workflowName("nightly").type(TriggerType.ON_DEMAND)
        .actions(a -> a.jobName("nightly-clean").arguments(Map.of("--days", "1"))).tags(Map.of("kind", "start")));
    glue.createTrigger(r -> r.name("nightly-after").workflowName("nightly").type(TriggerType.CONDITIONAL)
        .predicate(p -> p.conditions(c -> c.logicalOperator("EQUALS").jobName("nightly-clean").state("SUCCEEDED")))
        .actions(a -> a.jobName("nightly-train")));

    assertThat(definitions.resolve("nightly/workflow.json")).isRegularFile();
    assertThat(definitions.resolve("nightly/triggers/nightly-start.json")).isRegularFile();
    WorkflowDefinition loaded = new DefinitionLoader(java.util.Set.of()).load(definitions.resolve("nightly"),
        DefinitionLoader.sharedJobs(workspace.resolve("jobs")));
    assertThat(loaded.startTrigger().name()).isEqualTo("nightly-start");
    assertThat(loaded.job("nightly-clean")).isPresent();
    assertThat(loaded.successors(org.gluesuite.workflow.definition.NodeRef.job("nightly-clean")))
        .extracting(n -> n.name()).containsExactly("nightly-train");
    assertThat(loaded.workflow().maxConcurrentRuns()).isEqualTo(2);
    assertThat(glue.getTags(r -> r.resourceArn(ARN + "workflow/nightly")).tags()).containsEntry("team", "air");
    assertThat(glue.getTags(r -> r.resourceArn(ARN + "trigger/nightly-start")).tags()).containsEntry("kind", "start");
    assertThat(glue.listTriggers(r -> r.tags(Map.of("kind", "start"))).triggerNames())
        .containsExactly("nightly-start");

    Trigger updated = glue.updateTrigger(r -> r.name("nightly-start").triggerUpdate(u -> u.description("by hand")
        .actions(a -> a.jobName("nightly-clean").arguments(Map.of("--days", "3"))))).trigger();
    assertThat(updated.description()).isEqualTo("by hand");
    assertThat(updated.actions().get(0).arguments()).containsEntry("--days", "3");
    assertThat(updated.workflowName()).isEqualTo("nightly");
    glue.updateWorkflow(r -> r.name("nightly").maxConcurrentRuns(1));
    Workflow workflow = glue.getWorkflow(r -> r.name("nightly")).workflow();
    assertThat(workflow.maxConcurrentRuns()).isEqualTo(1);
    assertThat(workflow.description()).isEqualTo("clean every night");
    assertThat(workflow.createdOn()).isNotNull();

    BatchGetWorkflowsResponse batch = glue.batchGetWorkflows(r -> r.names("nightly", "nowhere").includeGraph(true));
    assertThat(batch.workflows()).extracting(Workflow::name).containsExactly("nightly");
    assertThat(batch.workflows().get(0).graph().edges()).extracting(Edge::sourceId, Edge::destinationId)
        .contains(org.assertj.core.groups.Tuple.tuple("trigger_nightly-start", "job_nightly-clean"));
    assertThat(batch.missingWorkflows()).containsExactly("nowhere");
    BatchGetTriggersResponse triggers = glue.batchGetTriggers(r -> r.triggerNames("nightly-after", "gone"));
    assertThat(triggers.triggers()).extracting(Trigger::name).containsExactly("nightly-after");
    assertThat(triggers.triggersNotFound()).containsExactly("gone");

    glue.deleteTrigger(r -> r.name("nightly-after"));
    assertThat(glue.deleteTrigger(r -> r.name("nightly-after")).name()).as("deleting twice is no error, as in Glue")
        .isEqualTo("nightly-after");
    assertThatThrownBy(() -> glue.getTrigger(r -> r.name("nightly-after"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("Trigger nightly-after not found");
    glue.deleteWorkflow(r -> r.name("nightly"));
    assertThat(definitions.resolve("nightly")).doesNotExist();
    assertThatThrownBy(() -> glue.getWorkflow(r -> r.name("nightly"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("There is no workflow named 'nightly'");
    assertThatThrownBy(() -> glue.getTrigger(r -> r.name("nightly-start"))).isInstanceOf(EntityNotFoundException.class);
    assertThatThrownBy(() -> glue.getTags(r -> r.resourceArn(ARN + "workflow/nightly")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void badRequests_getGluesErrors() {
    createJob(glue, "daily-clean");
    glue.createWorkflow(r -> r.name("daily"));
    glue.createTrigger(r -> r.name("daily-start").workflowName("daily").type(TriggerType.ON_DEMAND)
        .actions(a -> a.jobName("daily-clean")));

    assertThatThrownBy(() -> glue.createWorkflow(r -> r.name("daily"))).isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("Workflow daily already exists");
    assertThatThrownBy(() -> glue.createWorkflow(r -> r.name("big").maxConcurrentRuns(0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("MaxConcurrentRuns");
    assertThatThrownBy(() -> glue.createTrigger(r -> r.name("daily-start").type(TriggerType.ON_DEMAND)
        .actions(a -> a.jobName("daily-clean")))).isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> glue.createTrigger(r -> r.name("second").workflowName("daily")
        .type(TriggerType.SCHEDULED).schedule("cron(0 3 * * ? *)").actions(a -> a.jobName("daily-clean"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a start trigger (daily-start)");
    assertThatThrownBy(() -> glue.createTrigger(r -> r.name("orphan").workflowName("nowhere")
        .type(TriggerType.ON_DEMAND).actions(a -> a.jobName("daily-clean"))))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("no workflow named 'nowhere'");
    assertThatThrownBy(() -> glue.createTrigger(r -> r.name("ghost").workflowName("daily").type(TriggerType.CONDITIONAL)
        .predicate(p -> p.conditions(c -> c.jobName("daily-clean").state("SUCCEEDED")))
        .actions(a -> a.jobName("no-such-job")))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.Actions[0].JobName").hasMessageContaining("there is no job 'no-such-job'");
    assertThatThrownBy(() -> glue.createTrigger(r -> r.name("bad-cron").type(TriggerType.SCHEDULED)
        .schedule("cron(every day)").actions(a -> a.jobName("daily-clean"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bad cron");
    assertThatThrownBy(() -> glue.updateTrigger(r -> r.name("daily-start").triggerUpdate(u -> u.name("renamed"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be renamed");
    assertThatThrownBy(() -> glue.stopTrigger(r -> r.name("daily-start"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ON_DEMAND and cannot be stopped");
    assertThatThrownBy(() -> glue.updateWorkflow(r -> r.name("nowhere").description("x")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void scheduledTriggers_areActivatedAndDeactivated() {
    createJob(glue, "hourly-clean");
    glue.createTrigger(r -> r.name("hourly").type(TriggerType.SCHEDULED).schedule("cron(0 * * * ? *)")
        .actions(a -> a.jobName("hourly-clean")));
    assertThat(glue.getTrigger(r -> r.name("hourly")).trigger().state()).isEqualTo(TriggerState.DEACTIVATED);
    assertThat(workspace.resolve("triggers/hourly.json")).as("a trigger of no workflow").isRegularFile();

    glue.startTrigger(r -> r.name("hourly"));
    assertThat(glue.getTrigger(r -> r.name("hourly")).trigger().state()).isEqualTo(TriggerState.ACTIVATED);
    glue.stopTrigger(r -> r.name("hourly"));
    assertThat(glue.getTrigger(r -> r.name("hourly")).trigger().state()).isEqualTo(TriggerState.DEACTIVATED);
    glue.deleteTrigger(r -> r.name("hourly"));
    assertThat(workspace.resolve("triggers/hourly.json")).doesNotExist();
  }
}
