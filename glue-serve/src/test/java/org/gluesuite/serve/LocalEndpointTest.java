package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.serve.api.ServiceApi;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import org.junit.jupiter.api.Test;

/**
 * Stopping the endpoint while a client is half-way through a request (CI saw this: an SDK client's pooled connection
 * outlived the test) must still stop it, without failing the caller.
 */
class LocalEndpointTest {

  @Test
  void close_withARequestStillArriving_stopsWithinTheGracePeriod_andDoesNotThrow() throws IOException {
    LocalEndpoint endpoint = LocalEndpoint.start(ServeSettings.anyPort("tester"), List.of(ServiceApi.glue()));
    int port = endpoint.port();
    try (Socket client = new Socket(LocalEndpoint.HOST, port)) {
      OutputStream out = client.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\n"
          + "X-Amz-Target: AWSGlue.GetDatabases\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertThatCode(endpoint::close).doesNotThrowAnyException();
    }

    assertThatThrownBy(() -> new Socket(LocalEndpoint.HOST, port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void close_withIdlePooledSdkConnections_doesNotThrow() {
    LocalEndpoint endpoint = LocalEndpoint.start(ServeSettings.anyPort("tester"), List.of(ServiceApi.glue()));
    List<GlueClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(endpoint.uri()).region("eu-west-1")
            .staticCredentials("AKIATEST", "secret").maxAttempts(1).build()).glue();
        clients.add(glue);
        assertThatThrownBy(() -> glue.getDatabases(r -> { })).isInstanceOf(GlueException.class);
      }

      assertThatCode(endpoint::close).doesNotThrowAnyException();
    } finally {
      clients.forEach(GlueClient::close);
    }
  }

  @Test
  void close_whileAnOperationIsStillRunning_stopsAfterTheGracePeriod_andDoesNotThrow() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    ServiceApi slow = ServiceApi.glue().register("GetDatabases", call -> {
      entered.countDown();
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Operation.NO_OUTPUT;
    });
    LocalEndpoint endpoint = LocalEndpoint.start(ServeSettings.anyPort("tester"), List.of(slow));
    int port = endpoint.port();
    try (GlueClient glue = AwsClientFactory.create(AwsSettings.builder().endpoint(endpoint.uri()).region("eu-west-1")
        .staticCredentials("AKIATEST", "secret").maxAttempts(1).build()).glue()) {
      Thread caller = new Thread(() -> {
        try {
          glue.getDatabases(r -> { });
        } catch (RuntimeException expected) {
          // the endpoint goes away under it
        }
      });
      caller.start();
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatCode(endpoint::close).doesNotThrowAnyException();
      assertThatThrownBy(() -> new Socket(LocalEndpoint.HOST, port).close()).isInstanceOf(ConnectException.class);
      caller.join(30_000);
    }
  }

  @Test
  void close_twice_isHarmless() {
    LocalEndpoint endpoint = LocalEndpoint.start(ServeSettings.anyPort("tester"), List.of(ServiceApi.glue()));
    endpoint.close();

    assertThatCode(endpoint::close).doesNotThrowAnyException();
    assertThat(endpoint.port()).isLessThanOrEqualTo(0);
  }
}
