package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * {@code StartJobRun} against {@code glue-suite serve} as the CLI starts it: the job really runs on the local Spark
 * session through the CLI's {@link LocalJobLauncher} (the workflow engine's launcher), driven by the AWS SDK v2 and,
 * when installed, the AWS CLI.
 */
class ServeJobRunTest {
  private static final String PRINCIPAL = "arn:aws:iam::000000000000:role/ServeJobs";

  @TempDir
  Path dir;

  @Test
  void startJobRun_runsTheJobOnSpark_andGetJobRunFollowsItToItsEnd() throws Exception {
    Workspace workspace = new Workspace(dir.resolve("workspace")).create();
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    try (LocalEnvironment environment = new LocalEnvironment(workspace, "local[2]", quiet);
        GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
            CrawlContext.forWorkspace(workspace.root(), dir.resolve("crawlers")),
            new LocalJobLauncher(quiet, environment, PRINCIPAL), ServeSettings.anyPort(PRINCIPAL));
        GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(serve.endpoint().uri())
            .region("us-east-1").staticCredentials("local", "local").maxAttempts(1).build()).glue()) {
      glue.createJob(r -> r.name("stations").role(PRINCIPAL)
          .command(c -> c.name("glueetl").scriptLocation("s3://scripts/stations.sql"))
          .defaultArguments(Map.of("--sql_query", "SELECT 'valmora-1' AS station, 21.5 AS no2 UNION ALL SELECT"
              + " 'valmora-2', 33.25", "--target_path", "s3://scratch/stations")));

      String runId = glue.startJobRun(r -> r.jobName("stations")).jobRunId();
      JobRun done = awaitFinished(glue, "stations", runId);

      assertThat(done.jobRunState()).as(done.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);
      Path output = workspace.lake().resolve("scratch/stations");
      try (Stream<Path> files = Files.list(output)) {
        assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".parquet"));
      }
      long rows = environment.spark().read().parquet(output.toString()).count();
      assertThat(rows).isEqualTo(2);

      String failing = glue.startJobRun(r -> r.jobName("stations").arguments(Map.of("--sql_query",
          "SELECT * FROM airquality.no_such_table"))).jobRunId();
      JobRun failed = awaitFinished(glue, "stations", failing);
      assertThat(failed.jobRunState()).isEqualTo(JobRunState.FAILED);
      assertThat(failed.errorMessage()).contains("no_such_table");
      // The job runs as its caller under Lake Formation: a location it has no grant on is refused.
      String refused = glue.startJobRun(r -> r.jobName("stations").arguments(Map.of("--target_path",
          "s3://airquality/curated/stations"))).jobRunId();
      JobRun denied = awaitFinished(glue, "stations", refused);
      assertThat(denied.jobRunState()).isEqualTo(JobRunState.FAILED);
      assertThat(denied.errorMessage()).contains("Insufficient Lake Formation permission(s): principal " + PRINCIPAL
          + " needs DATA_LOCATION_ACCESS");
      assertThat(workspace.lake().resolve("airquality/curated/stations")).doesNotExist();

      if (AwsCli.onPath()) {
        String cliRun = AwsCli.in(dir, Map.of()).json("--endpoint-url", serve.endpoint().uri().toString(), "glue", "start-job-run", "--job-name", "stations")
            .path("JobRunId").asText();
        String state = "";
        for (int attempt = 0; attempt < 120 && !List.of("SUCCEEDED", "FAILED").contains(state); attempt++) {
          Thread.sleep(500);
          state = AwsCli.in(dir, Map.of()).json("--endpoint-url", serve.endpoint().uri().toString(), "glue", "get-job-run", "--job-name", "stations",
              "--run-id", cliRun).path("JobRun").path("JobRunState").asText();
        }
        assertThat(state).isEqualTo("SUCCEEDED");
      }
    }
  }

  private static JobRun awaitFinished(GlueClient glue, String job, String runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      JobRun run = glue.getJobRun(r -> r.jobName(job).runId(runId)).jobRun();
      if (run.jobRunState() != JobRunState.RUNNING) {
        return run;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job run " + runId + " still RUNNING after 4 minutes");
  }
}
