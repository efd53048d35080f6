package org.gluesuite.serve.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.serve.IncomingRequest;
import org.gluesuite.serve.ServeRequestException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** SigV4 verification against requests signed by the AWS SDK v2's own signer, and the same requests tampered with. */
class SigV4Test {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  private static IncomingRequest signed(String path, String query, String body, String service) {
    SdkHttpRequest http = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:4599" + path + (query == null ? "" : "?" + query)))
        .putHeader("X-Amz-Target", "AWSGlue.GetDatabases")
        .putHeader("Content-Type", "application/x-amz-json-1.1").build();
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", SECRET)).request(http)
        .payload(ContentStreamProvider.fromUtf8String(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    signed.request().forEachHeader((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
        new ArrayList<>(values)));
    headers.putIfAbsent("host", List.of("127.0.0.1:4599"));
    return new IncomingRequest("POST", signed.request().encodedPath(), signed.request().encodedQueryParameters()
        .orElse(null), headers, body.getBytes(StandardCharsets.UTF_8), "glue", Instant.now());
  }

  private static IncomingRequest with(IncomingRequest r, String body, Map<String, List<String>> headers,
      Instant receivedAt) {
    return new IncomingRequest(r.method(), r.rawPath(), r.rawQuery(), headers, body.getBytes(StandardCharsets.UTF_8),
        r.signingName(), receivedAt);
  }

  private static void verify(IncomingRequest request, String secret) {
    SigV4.parse(request).orElseThrow().verify(request, secret);
  }

  @Test
  void aRequestSignedByTheSdk_verifies_withPathQueryAndBody() {
    IncomingRequest request = signed("/a%20b/./c", "z=1&a=x%2Fy&a=b", "{\"Name\":\"sales\"}", "glue");

    verify(request, SECRET);

    SigV4.Signature signature = SigV4.parse(request).orElseThrow();
    assertThat(signature.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    assertThat(signature.region()).isEqualTo("eu-west-1");
    assertThat(signature.signedHeaders()).contains("host", "x-amz-date", "x-amz-target");
  }

  @Test
  void aTamperedBodyHeaderOrSecret_isAnInvalidSignature() {
    IncomingRequest request = signed("/", null, "{\"Name\":\"sales\"}", "glue");
    Map<String, List<String>> otherTarget = new LinkedHashMap<>(request.headers());
    otherTarget.put("x-amz-target", List.of("AWSGlue.DeleteDatabase"));

    for (Runnable tampered : List.<Runnable>of(
        () -> verify(with(request, "{\"Name\":\"other\"}", request.headers(), request.receivedAt()), SECRET),
        () -> verify(with(request, "{\"Name\":\"sales\"}", otherTarget, request.receivedAt()), SECRET),
        () -> verify(request, SECRET + "x"))) {
      assertThatThrownBy(tampered::run)
          .isInstanceOfSatisfying(ServeRequestException.class,
              e -> assertThat(e.errorCode()).isEqualTo("InvalidSignatureException"))
          .hasMessageStartingWith("The request signature we calculated does not match the signature you provided");
    }
  }

  @Test
  void aSignatureOlderThanFifteenMinutes_orForAnotherService_isRefused() {
    IncomingRequest request = signed("/", null, "{}", "glue");

    assertThatThrownBy(() -> verify(with(request, "{}", request.headers(),
        request.receivedAt().plus(Duration.ofMinutes(16))), SECRET))
        .hasMessageContaining("Signature expired: ");
    assertThatThrownBy(() -> verify(with(request, "{}", request.headers(),
        request.receivedAt().minus(Duration.ofMinutes(16))), SECRET))
        .hasMessageContaining("Signature not yet current: ");
    IncomingRequest forAthena = signed("/", null, "{}", "athena");
    assertThatThrownBy(() -> verify(forAthena, SECRET))
        .hasMessageContaining("Credential should be scoped to correct service: 'glue', not 'athena'");
  }

  @Test
  void aMalformedAuthorizationHeader_isAnIncompleteSignature() {
    IncomingRequest request = signed("/", null, "{}", "glue");
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    headers.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/glue, Signature=ab"));

    assertThatThrownBy(() -> SigV4.parse(with(request, "{}", headers, request.receivedAt())))
        .isInstanceOfSatisfying(ServeRequestException.class,
            e -> assertThat(e.errorCode()).isEqualTo("IncompleteSignatureException"))
        .hasMessageContaining("it has no SignedHeaders=");
    headers.put("authorization", List.of("Basic dXNlcjpwYXNz"));
    assertThatThrownBy(() -> SigV4.parse(with(request, "{}", headers, request.receivedAt())))
        .hasMessageContaining("must start with AWS4-HMAC-SHA256");
  }

  @Test
  void canonicalForms_followTheSigV4Rules() {
    assertThat(SigV4.canonicalQuery("b=2&a=%7E&a=1&c")).isEqualTo("a=1&a=~&b=2&c=");
    assertThat(SigV4.canonicalPath("/foo/../bar/./baz%20q")).isEqualTo("/bar/baz%2520q");
    assertThat(SigV4.canonicalPath("")).isEqualTo("/");
    assertThat(SigV4.uriEncode("a b/ü*")).isEqualTo("a%20b%2F%C3%BC%2A");
  }
}
