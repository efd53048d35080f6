package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client can send that is not a valid request: every case answers AWS's error code and shape, the endpoint
 * keeps serving, and the catalog holds exactly what it held before.
 */
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 64 * 1024;
  private static ServeFixture serve;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    serve = ServeFixture.start(ServeSettings.anyPort(ServeFixture.PRINCIPAL).withMaxRequestBytes(LIMIT)
        .withIdleTimeout(Duration.ofMillis(800)));
    serve.catalog().createDatabase(DatabaseInput.named("kept"));
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    serve.close();
  }

  private record Answer(int status, String errorType, JsonNode body) {
    String type() {
      return body.path("__type").asText();
    }

    String message() {
      return body.path("Message").asText();
    }
  }

  private static Answer post(String target, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serve.uri() + "/"))
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    // A client per call: a pooled connection could have passed the endpoint's short idle timeout, and the JDK client
    // does not retry a POST on a connection the server has just closed (CI saw "header parser received no bytes").
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType").orElse(null),
        response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
  }

  private static Answer post(String target, String body) throws Exception {
    return post(target, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertCatalogUnchangedAndServing() throws Exception {
    Answer databases = post("AWSGlue.GetDatabases", "{}");
    assertThat(databases.status()).isEqualTo(200);
    assertThat(databases.body().path("DatabaseList")).hasSize(1);
    assertThat(databases.body().path("DatabaseList").get(0).path("Name").asText()).isEqualTo("kept");
  }

  @Test
  void malformedJson_isASerializationException_namingWhereItBroke() throws Exception {
    Answer answer = post("AWSGlue.CreateDatabase", "{\"DatabaseInput\": {\"Name\": \"x\"");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
    assertThat(answer.errorType()).isEqualTo("SerializationException");
    assertThat(answer.message()).startsWith("The body of the CreateDatabase request is not valid JSON:")
        .contains("line 1");
    assertThat(post("AWSGlue.CreateDatabase", "[1, 2]").message()).contains("the body is a JSON array, not an"
        + " object");
    assertThat(post("AWSGlue.CreateDatabase", "{\"a\":1} {\"b\":2}").message()).contains("there is more after the"
        + " JSON value");
    assertThat(post("AWSGlue.CreateDatabase", "{\"a\":1, \"a\":2}").type()).isEqualTo("SerializationException");
    assertCatalogUnchangedAndServing();
  }

  @Test
  void garbageBytes_areASerializationException() throws Exception {
    byte[] garbage = new byte[4096];
    ThreadLocalRandom.current().nextBytes(garbage);

    Answer answer = post("AWSGlue.CreateTable", garbage);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
    assertCatalogUnchangedAndServing();
  }

  @Test
  void unknownOperationsAndTargets_areUnknownOperationException() throws Exception {
    assertThat(post("AWSGlue.DropEverything", "{}").message())
        .isEqualTo("AWS Glue has no operation DropEverything. Check the operation's name (names are case-sensitive,"
            + " e.g. GetDatabases).");
    assertThat(post("AWSGlue.getDatabases", "{}").type()).isEqualTo("UnknownOperationException");
    Answer otherService = post("DynamoDB_20120810.ListTables", "{}");
    assertThat(otherService.type()).isEqualTo("UnknownOperationException");
    assertThat(otherService.message()).contains("[AWSGlue, AmazonAthena]");
    Answer noTarget = post(null, "{}");
    assertThat(noTarget.type()).isEqualTo("UnknownOperationException");
    assertThat(noTarget.message()).startsWith("POST / names no operation");
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + "/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(get.body()).path("__type").asText()).isEqualTo("UnknownOperationException");
    assertCatalogUnchangedAndServing();
  }

  @Test
  void missingRequiredMembers_areOneValidationExceptionListingEach() throws Exception {
    Answer answer = post("AWSGlue.CreateTable", "{\"TableInput\": {\"StorageDescriptor\": {\"Columns\": [{}]}}}");

    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message()).isEqualTo("3 validation errors detected: Value null at 'DatabaseName' failed to"
        + " satisfy constraint: Member must not be null; Value null at 'TableInput.Name' failed to satisfy"
        + " constraint: Member must not be null; Value null at 'TableInput.StorageDescriptor.Columns[0].Name' failed"
        + " to satisfy constraint: Member must not be null");
    assertThat(post("AWSGlue.GetDatabase", "").message()).isEqualTo("1 validation error detected: Value null at"
        + " 'Name' failed to satisfy constraint: Member must not be null");
    assertThat(post("AWSGlue.GetDatabase", "{\"Name\": \"\"}").message()).contains("Value '' at 'Name' failed to"
        + " satisfy constraint: Member must have length greater than or equal to 1");
    assertThat(post("AWSGlue.GetDatabases", "{\"MaxResults\": 0}").message()).contains("Value '0' at 'MaxResults'"
        + " failed to satisfy constraint: Member must have value greater than or equal to 1");
    assertCatalogUnchangedAndServing();
  }

  @Test
  void wrongTypes_areASerializationException_namingTheMemberAndTheType() throws Exception {
    Answer answer = post("AWSGlue.CreateDatabase", "{\"DatabaseInput\": {\"Name\": \"db\", \"Parameters\": [1]}}");

    assertThat(answer.type()).isEqualTo("SerializationException");
    assertThat(answer.message()).isEqualTo("Cannot read the CreateDatabase request: DatabaseInput.Parameters must be"
        + " an object, but it is an array. Send the member with the type the operation's input shape gives it.");
    assertThat(post("AWSGlue.GetDatabases", "{\"MaxResults\": \"10\"}").message())
        .contains("MaxResults must be a whole number, but it is the string '10'");
    assertThat(post("AWSGlue.GetPartitions", "{\"DatabaseName\": \"kept\", \"TableName\": \"t\", \"Segment\": 3}")
        .message()).contains("Segment must be an object, but it is the number 3");
    assertCatalogUnchangedAndServing();
  }

  @Test
  void oversizeBodies_are413_beforeTheBodyIsRead_andWhileItIsRead() throws Exception {
    String big = "{\"DatabaseInput\": {\"Name\": \"big\", \"Description\": \"" + "x".repeat((int) LIMIT) + "\"}}";

    // Declared too large: answered from the headers alone. Only the headers are sent, so the answer cannot race a
    // client still writing its body (the server closes the connection after a 413).
    try (Socket socket = new Socket("127.0.0.1", serve.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSGlue.CreateDatabase\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: " + big.length() + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String declared = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(declared).startsWith("HTTP/1.1 413");
      JsonNode body = JSON.readTree(declared.substring(declared.indexOf("\r\n\r\n") + 4));
      assertThat(body.path("__type").asText()).isEqualTo("RequestEntityTooLargeException");
      assertThat(body.path("Message").asText()).contains("over this endpoint's limit of " + LIMIT + " bytes");
    }

    try (Socket socket = new Socket("127.0.0.1", serve.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSGlue.CreateDatabase\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = big.getBytes(StandardCharsets.UTF_8);
      out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(chunk);
      out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(response).isEqualTo("HTTP/1.1 413");
    }
    assertCatalogUnchangedAndServing();
  }

  @Test
  void aClientThatStopsSendingItsBody_isDropped_withoutHoldingUpOthers() throws Exception {
    try (Socket slow = new Socket("127.0.0.1", serve.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSGlue.CreateDatabase\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{\"DatabaseInput\":")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertCatalogUnchangedAndServing();

      slow.setSoTimeout(10_000);
      InputStream in = slow.getInputStream();
      byte[] answer = in.readAllBytes();
      String text = new String(answer, StandardCharsets.UTF_8);
      // Dropped after the idle timeout: either an answer naming the timeout, or the connection closed.
      assertThat(text.isEmpty() || text.contains("RequestTimeoutException")).as(text).isTrue();
    }
    assertCatalogUnchangedAndServing();
  }
}
