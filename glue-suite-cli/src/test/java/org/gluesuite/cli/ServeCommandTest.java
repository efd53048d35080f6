package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * {@code serve} as a user starts it: on a fresh workspace it serves the checkout's workflow definitions (the folder
 * {@code workflow run} reads) and gives the workspace the bundled Lake Formation grants, as {@code run} does.
 */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void serve_showsTheCheckoutsWorkflows_onAFreshWorkspace() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path workspace = dir.resolve("workspace");
    CompletableFuture<CliRun> serve = CompletableFuture.supplyAsync(() -> CliRun.of("serve", "--port",
        String.valueOf(port), "--for", "PT10S", "--workspace", workspace.toString()));
    try (GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(URI.create("http://127.0.0.1:" + port))
        .region("us-east-1").staticCredentials("local", "local").maxAttempts(1).build()).glue()) {
      List<String> workflows = null;
      Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
      while (workflows == null && Instant.now().isBefore(deadline)) {
        try {
          workflows = glue.listWorkflows(r -> { }).workflows();
        } catch (SdkClientException notListeningYet) {
          Thread.sleep(200);
        }
      }
      assertThat(workflows).contains("air-quality", "retail", "shipping");
      assertThat(glue.getTrigger(r -> r.name("air-quality-start")).trigger().actions().get(0).crawlerName())
          .isEqualTo("airquality-raw");
      assertThat(workspace.resolve("lakeformation/permissions.json")).as("the bundled grants were applied").isRegularFile();
    }
    CliRun run = serve.join();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("workflows " + Path.of("..", "workflows", "definitions").toAbsolutePath()
        .normalize());
  }
}
