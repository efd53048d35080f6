package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.WorkflowRun;
import software.amazon.awssdk.services.glue.model.WorkflowRunStatus;

/**
 * Issue 11's acceptance line: the air-quality workflow started through {@code aws glue start-workflow-run} against
 * {@code glue-suite serve} (as the CLI starts it: the CLI's job launcher on local Spark, the bundled crawler and
 * workflow definitions, the bundled Lake Formation grants) runs to COMPLETED with every action SUCCEEDED. Forty
 * generated days keep it quick; the training job's test period is moved into them through {@code UpdateTrigger}
 * (on a copy of the definitions). Without the AWS CLI the same calls go through the SDK.
 */
class ServeWorkflowRunTest {
  /** The caller {@code serve} runs as by default; jobs without a role of their own (the SQL job) run as it. */
  private static final String PRINCIPAL = DataLakePrincipal.LOCAL_ADMIN.identifier();
  private static final int DAYS = 40;

  @TempDir
  Path dir;

  @Test
  void startWorkflowRun_airQuality_runsToCompleted_throughTheAwsCli() throws Exception {
    Workspace workspace = new Workspace(dir.resolve("workspace")).create();
    AirQualityDataGenerator.builder().days(DAYS).build().generate(workspace.lake().resolve(AirQualityJobs.ROOT));
    Path definitions = dir.resolve("definitions");
    copy(Path.of("..", "workflows", "definitions"), definitions);
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    try (LocalEnvironment environment = new LocalEnvironment(workspace, "local[2]", quiet)) {
      LfCommand.initialize(quiet, environment.lakeFormation());
      try (GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
              CrawlContext.forWorkspace(workspace.root(), Path.of("..", "crawlers", "definitions").toAbsolutePath()),
              new LocalJobLauncher(quiet, environment, PRINCIPAL), definitions, ServeSettings.anyPort(PRINCIPAL));
          GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri())
              .region("us-east-1").staticCredentials("local", "local").maxAttempts(1).build()).glue()) {
        glue.updateTrigger(r -> r.name("air-quality-after-clean").triggerUpdate(u -> u.actions(
            a -> a.jobName("air-quality-train").arguments(Map.of("--split_date", "2021-01-30")),
            a -> a.jobName("air-quality-monthly"))));

        String runId;
        String status = "";
        JsonNode run = null;
        if (AwsCli.onPath()) {
          runId = AwsCli.in(dir, Map.of()).json("--endpoint-url", serve.endpoint().uri().toString(), "glue", "start-workflow-run", "--name", "air-quality")
              .path("RunId").asText();
          Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
          while (!List.of("COMPLETED", "STOPPED", "ERROR").contains(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            run = AwsCli.in(dir, Map.of()).json("--endpoint-url", serve.endpoint().uri().toString(), "glue", "get-workflow-run", "--name", "air-quality",
                "--run-id", runId, "--include-graph").path("Run");
            status = run.path("Status").asText();
          }
          assertThat(status).as("%s", run).isEqualTo("COMPLETED");
          List<String> failures = new ArrayList<>();
          run.path("Graph").path("Nodes").forEach(node -> node.path("JobDetails").path("JobRuns").forEach(r -> {
            if (!r.path("JobRunState").asText().equals("SUCCEEDED")) {
              failures.add(node.path("Name").asText() + ": " + r.path("ErrorMessage").asText());
            }
          }));
          assertThat(failures).isEmpty();
          assertThat(run.path("Statistics").path("TotalActions").asInt()).isEqualTo(4);
          assertThat(run.path("Statistics").path("SucceededActions").asInt()).isEqualTo(4);
          List<String> trainStates = new ArrayList<>();
          run.path("Graph").path("Nodes").forEach(node -> {
            if (node.path("Name").asText().equals("air-quality-train")) {
              node.path("JobDetails").path("JobRuns").forEach(r -> trainStates.add(r.path("JobRunState").asText()
                  + " " + r.path("Arguments").path("--split_date").asText()));
            }
          });
          assertThat(trainStates).containsExactly("SUCCEEDED 2021-01-30");
        } else {
          runId = glue.startWorkflowRun(r -> r.name("air-quality")).runId();
          WorkflowRun done = awaitFinished(glue, runId);
          assertThat(done.status()).isEqualTo(WorkflowRunStatus.COMPLETED);
          assertThat(done.statistics().succeededActions()).as("%s", done).isEqualTo(4);
        }
        assertThat(serve.catalog().getPartitions("airquality", "no2_weather_daily")).hasSize(DAYS);
        assertThat(workspace.lake().resolve("airquality/models/no2/metrics.json")).isRegularFile();
      }
    }
  }

  private static WorkflowRun awaitFinished(GlueClient glue, String runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
    while (Instant.now().isBefore(deadline)) {
      WorkflowRun run = glue.getWorkflowRun(r -> r.name("air-quality").runId(runId)).run();
      if (run.status() != WorkflowRunStatus.RUNNING) {
        return run;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("workflow run " + runId + " still RUNNING after 8 minutes");
  }

  private static void copy(Path from, Path to) throws IOException {
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
}
