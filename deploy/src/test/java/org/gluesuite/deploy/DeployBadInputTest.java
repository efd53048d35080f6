package org.gluesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the deployer refuses before it changes anything: definitions that reference what is not defined (found
 * before any call: the endpoint here does not even listen), no credentials, credentials for an endpoint that does
 * not answer.
 */
class DeployBadInputTest {
  @TempDir
  Path scratch;

  /** A loopback URL nothing listens on. */
  private static URI closedEndpoint() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  private static Deployer deployer(DeployTarget target, Path repository, AwsSettings settings, Path lake) {
    return Deployer.create(new DeploySettings(target, "bad-input", repository, null),
        AwsClientFactory.create(settings), ArtifactStore.lakeFolder(lake, "artifacts"));
  }

  @Test
  void definitionsReferencingMissingResources_areRejectedWithFileAndJsonPath_beforeAnyCall() throws Exception {
    Path repository = DeployEndpoint.copyOfDefinitions(scratch.resolve("repo"));
    Path trigger = repository.resolve("workflows/definitions/air-quality/triggers/after-clean.json");
    Files.writeString(trigger, Files.readString(trigger).replace("{ \"JobName\": \"air-quality-train\" }",
        "{ \"JobName\": \"air-quality-trian\" }"));
    Path table = repository.resolve("catalog-schemas/definitions/retail/orphan.json");
    Files.writeString(table, """
        {"DatabaseName": "nowhere", "TableInput": {"Name": "orphan", "StorageDescriptor": {
          "Columns": [{"Name": "id", "Type": "bigint"}], "Location": "${lake}/nowhere/orphan"}}}
        """);
    Path crawler = repository.resolve("crawlers/definitions/shipping-raw.json");
    Files.writeString(crawler, Files.readString(crawler).replace("\"DatabaseName\": \"shipping\"",
        "\"DatabaseName\": \"shipping_raw\"").replaceAll("\\s*\"Role\": \"[^\"]*\",", ""));
    Path ruleset = repository.resolve("catalog-schemas/rulesets/retail/purchases.json");
    Files.writeString(ruleset, Files.readString(ruleset).replace("\"TableName\": \"purchases\"",
        "\"TableName\": \"purchase\""));
    Path badDqdl = repository.resolve("catalog-schemas/rulesets/shipping/shipments.json");
    Files.writeString(badDqdl, Files.readString(badDqdl).replace("IsComplete \\\"order_date\\\"",
        "IsComplete \\\"no_such_column\\\""));
    AwsSettings unreachable = AwsSettings.builder().endpoint(closedEndpoint()).region("eu-west-1")
        .staticCredentials("k", "s").maxAttempts(1).build();

    try (Deployer deployer = deployer(DeployTarget.LOCAL, repository, unreachable, scratch)) {
      assertThatThrownBy(deployer::plan).isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
          assertThat(e.problems()).extracting(p -> Path.of(p.file()).getFileName() + " " + p.jsonPath())
              .contains("after-clean.json $.Actions[0].JobName", "orphan.json $.DatabaseName",
                  "shipping-raw.json $.DatabaseName", "shipping-raw.json $.Role", "purchases.json $.TargetTable",
                  "shipments.json $.Ruleset"))
          .hasMessageContaining("table retail.purchase is not declared")
          .hasMessageContaining("no_such_column")
          .hasMessageContaining("there is no job 'air-quality-trian'")
          .hasMessageContaining("database 'nowhere' is not declared")
          .hasMessageContaining("database 'shipping_raw' is not declared")
          .hasMessageContaining("$.Role: is required to deploy the crawler");
      assertThatThrownBy(deployer::apply).isInstanceOf(InvalidDefinitionException.class);
    }
  }

  @Test
  void aLocalEndpointThatDoesNotAnswer_failsNamingIt() throws Exception {
    URI endpoint = closedEndpoint();
    AwsSettings settings = AwsSettings.builder().endpoint(endpoint).region("eu-west-1").staticCredentials("k", "s")
        .build();

    try (Deployer deployer = deployer(DeployTarget.LOCAL, DeployEndpoint.REPOSITORY, settings, scratch)) {
      assertThatThrownBy(deployer::plan).isInstanceOf(DeployConfigurationException.class)
          .hasMessageContaining("The AWS endpoint " + endpoint + " did not answer")
          .hasMessageContaining("Nothing was changed");
    }
  }

  @Test
  void theAwsTarget_withoutCredentials_namesWhatToSet() {
    AwsSettings settings = AwsSettings.builder().profile("glue-suite-test-no-such-profile").region("eu-west-1")
        .build();

    try (Deployer deployer = deployer(DeployTarget.AWS, DeployEndpoint.REPOSITORY, settings, scratch)) {
      assertThatThrownBy(deployer::plan).isInstanceOf(DeployConfigurationException.class)
          .hasMessageContaining("No AWS credentials were found")
          .hasMessageContaining("AWS_ACCESS_KEY_ID").hasMessageContaining("AWS_PROFILE");
    }
  }

  @Test
  void theAwsTarget_withKeysForAnEndpointThatDoesNotAnswer_failsWithinTheSdksTimeout() throws Exception {
    URI endpoint = closedEndpoint();
    AwsSettings settings = AwsSettings.builder().endpoint(endpoint).region("eu-west-1")
        .staticCredentials("AKIDEXAMPLE", "not-a-real-secret").build();

    try (Deployer deployer = deployer(DeployTarget.AWS, DeployEndpoint.REPOSITORY, settings, scratch)) {
      assertThatThrownBy(deployer::plan).isInstanceOf(DeployConfigurationException.class)
          .hasMessageContaining("did not answer").hasMessageNotContaining("not-a-real-secret");
    }
  }

  @Test
  void aProjectName_mustBeATagValue() {
    assertThatThrownBy(() -> new DeploySettings(DeployTarget.LOCAL, "my project!", scratch, null))
        .isInstanceOf(DeployConfigurationException.class).hasMessageContaining("'my project!' is not a project name");
  }
}
