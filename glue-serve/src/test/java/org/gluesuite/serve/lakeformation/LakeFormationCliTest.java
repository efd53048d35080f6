package org.gluesuite.serve.lakeformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.PermissionEvaluator;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.AwsCli;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code aws lakeformation …} against {@code glue-suite serve}, pointed at it with
 * {@code AWS_ENDPOINT_URL_LAKEFORMATION} as the README says. Skipped, saying so, without {@code aws} on the PATH.
 */
class LakeFormationCliTest {
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AnalystRole";
  private static ServeFixture serve;
  private static AwsCli aws;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(AwsCli.onPath(), "the AWS CLI ('aws') is not on the PATH; install awscli to run this test");
    serve = ServeFixture.start(ServeSettings.anyPort(DataLakePrincipal.LOCAL_ADMIN.identifier()));
    aws = AwsCli.in(serve.workspace(), Map.of("AWS_ENDPOINT_URL_LAKEFORMATION", serve.uri().toString()));
  }

  @AfterAll
  static void stop() {
    if (serve != null) {
      serve.close();
    }
  }

  @Test
  void grantPermissions_thenListPermissions_throughTheCli() throws Exception {
    AwsCli.Run grant = aws.run("lakeformation", "grant-permissions", "--principal",
        "DataLakePrincipalIdentifier=" + ANALYST, "--resource",
        "{\"Table\": {\"DatabaseName\": \"sales\", \"Name\": \"orders\"}}", "--permissions", "SELECT", "DESCRIBE");
    assertThat(grant.exit()).as(grant.stderr()).isZero();

    JsonNode listed = aws.run("lakeformation", "list-permissions", "--principal",
        "DataLakePrincipalIdentifier=" + ANALYST).json();
    assertThat(listed.path("PrincipalResourcePermissions")).hasSize(1);
    assertThat(listed.path("PrincipalResourcePermissions").get(0).path("Resource").path("Table").path("Name")
        .asText()).isEqualTo("orders");
    LakeFormationModel state = LakeFormationState.forWorkspace(serve.workspace()).read();
    assertThat(new PermissionEvaluator(state).selectSlices(DataLakePrincipal.of(ANALYST), "sales", "orders",
        List.of("order_id"))).hasSize(1);

    AwsCli.Run wrong = aws.run("lakeformation", "grant-permissions", "--principal",
        "DataLakePrincipalIdentifier=" + ANALYST, "--resource", "{\"Database\": {\"Name\": \"sales\"}}",
        "--permissions", "SELECT");
    assertThat(wrong.exit()).isNotZero();
    assertThat(wrong.stderr()).contains("(InvalidInputException) when calling the GrantPermissions operation")
        .contains("SELECT does not apply to a Database");
  }
}
