package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.ServiceApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.WorkGroupSummary;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.AccessDeniedException;

/**
 * Strict mode with real SDK v2 clients: a request signed with a listed key runs as that key's principal, which the
 * operation sees; unsigned, unknown-key and wrongly signed requests get AWS's errors. Also shows how operations of
 * Athena (JSON 1.1) and Lake Formation (REST-JSON) plug in.
 */
class AuthenticationTest {
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AirQualityAnalystRole";
  private static final String ENGINEER = "arn:aws:iam::000000000000:role/DataEngineerRole";
  private static LocalEndpoint endpoint;

  @BeforeAll
  static void start() {
    AccessKeys keys = AccessKeys.of(List.of(new AccessKeys.AccessKey("AKIAANALYST", "analyst-secret", ANALYST),
        new AccessKeys.AccessKey("AKIAENGINEER", "engineer-secret", ENGINEER)));
    ServiceApi athena = ServiceApi.athena()
        .register("ListWorkGroups", call -> Map.of("WorkGroups", List.of(Map.of("Name", call.caller().principal(),
            "Description", "verified=" + call.caller().verified()))));
    ServiceApi lakeFormation = ServiceApi.lakeFormation()
        .register("GetDataLakeSettings", call -> {
          if (!call.caller().principal().equals(ENGINEER)) {
            throw ServeErrors.accessDenied(call.caller().principal(), "GetDataLakeSettings", "the catalog");
          }
          return Map.of("DataLakeSettings", Map.of("DataLakeAdmins", List.of(Map.of("DataLakePrincipalIdentifier",
              ENGINEER))));
        })
        .register("PutDataLakeSettings", call -> Operation.NO_OUTPUT);
    endpoint = LocalEndpoint.start(ServeSettings.anyPort("unused").withAuthenticator(Authenticators.strict(keys)),
        List.of(ServiceApi.glue(), athena, lakeFormation));
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  private static AwsClientFactory clients(String accessKey, String secret) {
    return AwsClientFactory.create(AwsSettings.builder().endpoint(endpoint.uri()).region("us-east-1")
        .staticCredentials(accessKey, secret).maxAttempts(1).build());
  }

  @Test
  void aRequestSignedWithAListedKey_runsAsThatKeysPrincipal() {
    try (AthenaClient athena = clients("AKIAANALYST", "analyst-secret").athena()) {
      List<WorkGroupSummary> groups = athena.listWorkGroups(r -> { }).workGroups();

      assertThat(groups).singleElement().satisfies(g -> {
        assertThat(g.name()).isEqualTo(ANALYST);
        assertThat(g.description()).isEqualTo("verified=true");
      });
    }
  }

  @Test
  void restJsonOperations_routeByPath_andTheirErrorsReachTheSdkAsModeledExceptions() {
    try (LakeFormationClient engineer = clients("AKIAENGINEER", "engineer-secret").lakeFormation();
        LakeFormationClient analyst = clients("AKIAANALYST", "analyst-secret").lakeFormation()) {
      assertThat(engineer.getDataLakeSettings(r -> { }).dataLakeSettings().dataLakeAdmins())
          .singleElement().satisfies(p -> assertThat(p.dataLakePrincipalIdentifier()).isEqualTo(ENGINEER));
      assertThatThrownBy(() -> analyst.getDataLakeSettings(r -> { }))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.statusCode()).isEqualTo(403))
          .hasMessageStartingWith(ANALYST + " is not authorized to GetDataLakeSettings on the catalog");
      assertThatThrownBy(() -> engineer.listPermissions(r -> { }))
          .hasMessageContaining("ListPermissions is an operation of AWS Lake Formation that this endpoint does not"
              + " serve yet");
    }
  }

  @Test
  void aWrongSecret_isAnInvalidSignature_andAnUnknownKey_anUnrecognizedClient() {
    try (AthenaClient wrongSecret = clients("AKIAANALYST", "guessed").athena();
        AthenaClient unknownKey = clients("AKIASTRANGER", "whatever").athena()) {
      assertThatThrownBy(() -> wrongSecret.listWorkGroups(r -> { }))
          .isInstanceOfSatisfying(AthenaException.class, e -> assertThat(e.awsErrorDetails().errorCode())
              .isEqualTo("InvalidSignatureException"))
          .hasMessageContaining("The request signature we calculated does not match the signature you provided");
      assertThatThrownBy(() -> unknownKey.listWorkGroups(r -> { }))
          .isInstanceOfSatisfying(AthenaException.class, e -> assertThat(e.awsErrorDetails().errorCode())
              .isEqualTo("UnrecognizedClientException"))
          .hasMessageContaining("access key AKIASTRANGER is not one of this endpoint's access keys");
    }
  }

  @Test
  void anUnsignedRequest_isMissingAuthenticationToken() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(endpoint.uri() + "/")).header("X-Amz-Target", "AmazonAthena.ListWorkGroups")
        .header("Content-Type", "application/x-amz-json-1.1").POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("MissingAuthenticationTokenException");
    assertThat(response.body()).contains("Request is missing Authentication Token");
  }

  @Test
  void anySignatureMode_takesThePrincipalOfAKnownKey_andTheDefaultOtherwise() {
    AccessKeys keys = AccessKeys.of(List.of(new AccessKeys.AccessKey("AKIAANALYST", "s", ANALYST)));
    Authenticator any = Authenticators.anySignature(ENGINEER, keys);
    IncomingRequest unsigned = new IncomingRequest("POST", "/", null, Map.of(), new byte[0], "glue",
        java.time.Instant.now());
    IncomingRequest signedByAnalyst = new IncomingRequest("POST", "/", null, Map.of("authorization", List.of(
        "AWS4-HMAC-SHA256 Credential=AKIAANALYST/20240101/us-east-1/glue/aws4_request, SignedHeaders=host,"
            + " Signature=00")), new byte[0], "glue", java.time.Instant.now());

    assertThat(any.authenticate(unsigned).principal()).isEqualTo(ENGINEER);
    assertThat(any.authenticate(unsigned).verified()).isFalse();
    assertThat(any.authenticate(signedByAnalyst).principal()).isEqualTo(ANALYST);
  }
}
