package org.gluesuite.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The one place the suite builds AWS clients (SDK v2, synchronous, on the Apache HTTP client): every client gets the
 * region, credentials, endpoint override, timeouts and the SDK's standard retry strategy (exponential back-off with
 * jitter, throttling errors retried, a retry token bucket) of one {@link AwsSettings}. Each method returns a new
 * client, which the caller closes.
 */
public final class AwsClientFactory {
  /** The region signed into requests for an explicit endpoint when none is configured: a local endpoint ignores it. */
  static final Region ENDPOINT_DEFAULT_REGION = Region.US_EAST_1;

  private final AwsSettings settings;

  private AwsClientFactory(AwsSettings settings) {
    this.settings = settings;
  }

  public static AwsClientFactory create(AwsSettings settings) {
    return new AwsClientFactory(java.util.Objects.requireNonNull(settings, "settings"));
  }

  public AwsSettings settings() {
    return settings;
  }

  public GlueClient glue() {
    return configure(GlueClient.builder(), AwsService.GLUE).build();
  }

  public LakeFormationClient lakeFormation() {
    return configure(LakeFormationClient.builder(), AwsService.LAKE_FORMATION).build();
  }

  public AthenaClient athena() {
    return configure(AthenaClient.builder(), AwsService.ATHENA).build();
  }

  /**
   * An S3 client; with an endpoint override it addresses buckets by path and sends checksums only where S3 requires
   * them, as S3-compatible servers need (serve's s3proxy answers 501 to the flexible checksums the SDK sends by
   * default).
   */
  public S3Client s3() {
    boolean overridden = settings.endpoint(AwsService.S3).isPresent();
    S3ClientBuilder builder = configure(S3Client.builder(), AwsService.S3).forcePathStyle(overridden);
    if (overridden) {
      builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  public StsClient sts() {
    return configure(StsClient.builder(), AwsService.STS).build();
  }

  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
      AwsService service) {
    Optional<URI> endpoint = settings.endpoint(service);
    endpoint.ifPresent(builder::endpointOverride);
    builder.region(region(service, endpoint.isPresent()));
    builder.credentialsProvider(credentialsProvider());
    builder.httpClientBuilder(ApacheHttpClient.builder()
        .connectionTimeout(settings.connectionTimeout())
        .socketTimeout(settings.socketTimeout()));
    builder.overrideConfiguration(o -> o
        .executionInterceptors(settings.interceptors())
        .apiCallTimeout(settings.apiCallTimeout())
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(settings.maxAttempts()).build()));
    return builder;
  }

  /**
   * The credentials every client signs with: the configured ones, the profile's, else the SDK's default chain.
   * Resolving them first tells "no credentials" apart from an endpoint that does not answer.
   */
  public AwsCredentialsProvider credentialsProvider() {
    return settings.credentials().orElseGet(() -> settings.profile()
        .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
        .orElseGet(() -> DefaultCredentialsProvider.builder().build()));
  }

  private Region region(AwsService service, boolean explicitEndpoint) {
    if (settings.region().isPresent()) {
      return Region.of(settings.region().get());
    }
    try {
      return settings.profile().isPresent()
          ? DefaultAwsRegionProviderChain.builder().profileName(settings.profile().get()).build().getRegion()
          : new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      if (explicitEndpoint) {
        return ENDPOINT_DEFAULT_REGION;
      }
      throw AwsErrors.regionMissing(service, e);
    }
  }
}
