package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.serve.s3.S3Server;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.WorkflowRun;
import software.amazon.awssdk.services.glue.model.WorkflowRunStatus;

/**
 * {@code deploy} as users run it: against {@code glue-suite serve} as the CLI starts it (apply, a second apply with
 * nothing to do, a run of the deployed workflow, destroy), and the errors for a missing credential or an endpoint that does not answer (exit 2).
 */
class DeployCommandTest {
  private static final String REPOSITORY = Path.of("..").toAbsolutePath().normalize().toString();
  /** serve's caller: the local data lake administrator, as for ./glue-suite serve. */
  private static final String PRINCIPAL = DataLakePrincipal.LOCAL_ADMIN.identifier();
  /** Forty generated days keep the workflow quick; the training job tests on the last ten. */
  private static final int DAYS = 40;
  private static final String SPLIT_DATE = "2021-01-30";

  @TempDir
  Path dir;

  /**
   * Issue 12's acceptance line, as users run it: apply against {@code serve} (the jar and the SQL script uploaded
   * through serve's S3 server), a second apply with nothing to do, the deployed air-quality workflow started with
   * {@code StartWorkflowRun} and followed with {@code GetWorkflowRun} to COMPLETED on forty generated days (the
   * training job's test period moved into them through {@code UpdateTrigger}, which the next plan reports), then
   * destroy. Nothing of the repository's workflows, jobs or crawlers is in serve's folders before the apply.
   */
  @Test
  void apply_thenTheDeployedAirQualityWorkflowRunsToCompleted_thenDestroy_againstServe() throws Exception {
    Workspace workspace = new Workspace(dir.resolve("workspace")).create();
    AirQualityDataGenerator.builder().days(DAYS).build().generate(workspace.lake().resolve(AirQualityJobs.ROOT));
    Path jar = Files.writeString(dir.resolve("glue-jobs-test-glue.jar"), "a jar");
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    try (LocalEnvironment environment = new LocalEnvironment(workspace, "local[2]", quiet);
        S3Server s3 = S3Server.start(workspace.lake(), 0, S3Server.defaultJar(), workspace.root().resolve("s3"));
        GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
            CrawlContext.forWorkspace(workspace.root(), workspace.root().resolve("crawlers/definitions")),
            new LocalJobLauncher(quiet, environment, PRINCIPAL), workspace.root().resolve("workflows"),
            ServeSettings.anyPort(PRINCIPAL));
        GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri())
            .region("us-east-1").staticCredentials("local", "local").maxAttempts(1).build()).glue()) {
      String[] common = {"--target", "local", "--endpoint", serve.endpoint().uri().toString(), "--s3-endpoint",
          s3.uri().toString(), "--definitions", REPOSITORY, "--jar", jar.toString(), "--project", "cli-test"};
      assertThat(glue.listWorkflows(r -> { }).workflows()).isEmpty();

      CliRun apply = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "apply", common));
      assertThat(apply.exitCode()).as(apply.stderr()).isEqualTo(ExitCode.OK);
      assertThat(apply.stdout()).contains("uploaded s3://glue-suite-artifacts/jars/glue-jobs-test-glue.jar",
          "uploaded s3://glue-suite-artifacts/scripts/air-quality/sql/monthly.sql", "+ database airquality",
          "+ job air-quality-clean", "+ trigger air-quality-after-clean");
      assertThat(workspace.lake().resolve("glue-suite-artifacts/jars/glue-jobs-test-glue.jar")).hasContent("a jar");
      assertThat(glue.listWorkflows(r -> { }).workflows()).containsExactlyInAnyOrder("air-quality", "retail",
          "shipping");

      CliRun again = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "apply", common));
      assertThat(again.exitCode()).as(again.stderr()).isEqualTo(ExitCode.OK);
      assertThat(again.stdout()).contains("0 changes applied");

      glue.updateTrigger(r -> r.name("air-quality-after-clean").triggerUpdate(u -> u.actions(
          a -> a.jobName("air-quality-train").arguments(Map.of("--split_date", SPLIT_DATE)),
          a -> a.jobName("air-quality-monthly"))));
      String runId = glue.startWorkflowRun(r -> r.name("air-quality")).runId();
      WorkflowRun run = awaitFinished(glue, runId);
      assertThat(run.status()).as("%s", run).isEqualTo(WorkflowRunStatus.COMPLETED);
      List<String> jobRuns = run.graph().nodes().stream().filter(n -> n.jobDetails() != null)
          .flatMap(n -> n.jobDetails().jobRuns().stream()).map(r -> r.jobName() + " " + r.jobRunStateAsString()
              + (r.errorMessage() == null ? "" : ": " + r.errorMessage())).toList();
      assertThat(jobRuns).containsExactlyInAnyOrder("air-quality-clean SUCCEEDED", "air-quality-train SUCCEEDED",
          "air-quality-monthly SUCCEEDED");
      assertThat(run.statistics().totalActions()).isEqualTo(4);
      assertThat(run.statistics().succeededActions()).isEqualTo(4);
      assertThat(serve.catalog().getPartitions("airquality", "no2_weather_daily")).hasSize(DAYS);
      assertThat(workspace.lake().resolve("airquality/models/no2/metrics.json")).isRegularFile();

      // The run made no2_monthly: its LF-Tag assignment, skipped until then, is now planned. The clean job added the
      // daily table's feature columns, which its catalog-schemas definition does not declare: drift the plan shows.
      // (The trigger's added argument is no difference: a structure compares the members its definition declares.)
      CliRun plan = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "plan", common));
      assertThat(plan.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(plan.stdout()).contains("= job air-quality-clean (unchanged)",
          "= trigger air-quality-after-clean (unchanged)", "+ lf-tag-assignment table airquality.no2_monthly",
          "~ table airquality.no2_weather_daily", "1 to create, 1 to update, 0 to delete");

      CliRun destroy = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "destroy", common));
      assertThat(destroy.exitCode()).as(destroy.stderr()).isEqualTo(ExitCode.OK);
      assertThat(destroy.stdout()).contains("- database retail", "- job air-quality-clean",
          "- table airquality.no2_weather_daily", "- lf-grant role/AirQualityTrainRole on LF-Tag policy TABLE layer=curated");
      // The tables the crawler and the SQL job made are not the project's: their database stays with them.
      assertThat(serve.catalog().getDatabases()).extracting(d -> d.name()).containsExactly("airquality");
      assertThat(serve.catalog().getTables("airquality")).extracting(t -> t.name())
          .containsExactlyInAnyOrder("no2_monthly", "raw_gsod", "raw_openaq");
      assertThat(glue.listWorkflows(r -> { }).workflows()).isEmpty();
      assertThat(environment.lakeFormation().load().grants()).isEmpty();
    }
  }

  private static WorkflowRun awaitFinished(GlueClient glue, String runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
    while (Instant.now().isBefore(deadline)) {
      WorkflowRun run = glue.getWorkflowRun(r -> r.name("air-quality").runId(runId).includeGraph(true)).run();
      if (run.status() != WorkflowRunStatus.RUNNING) {
        return run;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("workflow run " + runId + " still RUNNING after 8 minutes");
  }

  @Test
  void theAwsTarget_withoutCredentials_exits2NamingWhatToSet() {
    CliRun run = CliRun.of("--workspace", dir.toString(), "deploy", "plan", "--target", "aws", "--definitions",
        REPOSITORY, "--profile", "glue-suite-test-no-such-profile", "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.stderr()).contains("error: No AWS credentials were found").contains("AWS_PROFILE")
        .contains("hint: ./glue-suite deploy takes --profile P");
  }

  @Test
  void anEndpointThatDoesNotAnswer_exits2() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun run = CliRun.of("--workspace", dir.toString(), "deploy", "plan", "--target", "local", "--endpoint",
        "http://127.0.0.1:" + port, "--definitions", REPOSITORY);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.stderr()).contains("error: The AWS endpoint http://127.0.0.1:" + port + " did not answer");
  }

  @Test
  void anUnknownTarget_isAUsageError() {
    CliRun run = CliRun.of("deploy", "plan", "--target", "azure");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.stderr()).contains("--target is aws or local, not 'azure'");
  }

  private static String[] args(String a, String b, String c, String d, String... rest) {
    String[] all = new String[4 + rest.length];
    all[0] = a;
    all[1] = b;
    all[2] = c;
    all[3] = d;
    System.arraycopy(rest, 0, all, 4, rest.length);
    return all;
  }
}
