package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy} as users run it: against {@code glue-suite serve} as the CLI starts it (apply, a second apply with
 * nothing to do, destroy), and the errors for a missing credential or an endpoint that does not answer (exit 2).
 */
class DeployCommandTest {
  private static final String REPOSITORY = Path.of("..").toAbsolutePath().normalize().toString();
  private static final String PRINCIPAL = "arn:aws:iam::000000000000:role/Deployer";

  @TempDir
  Path dir;

  @Test
  void applyPlanDestroy_againstServe() throws Exception {
    Workspace workspace = new Workspace(dir.resolve("workspace")).create();
    Path jar = Files.writeString(dir.resolve("glue-jobs-test-glue.jar"), "a jar");
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    try (LocalEnvironment environment = new LocalEnvironment(workspace, "local[2]", quiet);
        GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
            CrawlContext.forWorkspace(workspace.root(), workspace.root().resolve("crawlers/definitions")),
            new LocalJobLauncher(quiet, environment, PRINCIPAL), ServeSettings.anyPort(PRINCIPAL))) {
      String endpoint = serve.endpoint().uri().toString();
      String[] common = {"--target", "local", "--endpoint", endpoint, "--definitions", REPOSITORY, "--jar",
          jar.toString(), "--project", "cli-test"};

      CliRun apply = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "apply", common));
      assertThat(apply.exitCode()).as(apply.stderr()).isEqualTo(ExitCode.OK);
      assertThat(apply.stdout()).contains("uploaded s3://glue-suite-artifacts/jars/glue-jobs-test-glue.jar",
          "+ database airquality", "+ job air-quality-clean", "+ trigger air-quality-after-clean");
      assertThat(workspace.lake().resolve("glue-suite-artifacts/jars/glue-jobs-test-glue.jar")).hasContent("a jar");

      CliRun plan = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "plan", common));
      assertThat(plan.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(plan.stdout()).contains("= job air-quality-clean (unchanged)")
          .contains("0 to create, 0 to update, 0 to delete");

      CliRun destroy = CliRun.of(args("--workspace", workspace.root().toString(), "deploy", "destroy", common));
      assertThat(destroy.exitCode()).as(destroy.stderr()).isEqualTo(ExitCode.OK);
      assertThat(destroy.stdout()).contains("- database airquality", "- job air-quality-clean");
      assertThat(serve.catalog().getDatabases()).isEmpty();
    }
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
