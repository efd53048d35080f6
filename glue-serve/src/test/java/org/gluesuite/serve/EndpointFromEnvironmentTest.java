package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Without an endpoint in its settings, the client factory leaves the endpoint to the SDK, which honours the
 * service-specific override ({@code AWS_ENDPOINT_URL_GLUE}, here its system property {@code aws.endpointUrlGlue}).
 */
class EndpointFromEnvironmentTest {
  @Test
  void theSdksEndpointOverride_isHonoured_whenTheSettingsNameNone() {
    try (ServeFixture serve = ServeFixture.start()) {
      serve.catalog().createDatabase(DatabaseInput.named("from_env"));
      System.setProperty("aws.endpointUrlGlue", serve.uri().toString());
      try (GlueClient glue = AwsClientFactory.create(AwsSettings.builder().region("us-east-1")
          .staticCredentials("local", "local").maxAttempts(1).build()).glue()) {
        assertThat(glue.getDatabase(r -> r.name("from_env")).database().name()).isEqualTo("from_env");
      } finally {
        System.clearProperty("aws.endpointUrlGlue");
      }
    }
  }
}
