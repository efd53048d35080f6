package org.gluesuite.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * How {@link AwsClientFactory} builds clients: region, credentials, endpoint overrides, timeouts and retries. Each
 * setting left unset is resolved the way every AWS SDK resolves it: the region from {@code AWS_REGION} or the
 * profile, credentials from the default provider chain (environment, profile, container or instance role: on AWS
 * Glue, the job's role), endpoints from {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code AWS_ENDPOINT_URL} or the profile.
 * Immutable; build one with {@link #builder()}.
 */
public final class AwsSettings {
  /** Glue throttles bursts of catalog calls; five attempts ride out a short burst with the standard back-off. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(3);

  private final String region;
  private final AwsCredentialsProvider credentials;
  private final String profile;
  private final URI endpoint;
  private final Map<AwsService, URI> serviceEndpoints;
  private final Duration connectionTimeout;
  private final Duration socketTimeout;
  private final Duration apiCallTimeout;
  private final int maxAttempts;
  private final List<ExecutionInterceptor> interceptors;

  private AwsSettings(Builder builder) {
    this.region = builder.region;
    this.credentials = builder.credentials;
    this.profile = builder.profile;
    this.endpoint = builder.endpoint;
    this.serviceEndpoints = Map.copyOf(builder.serviceEndpoints);
    this.connectionTimeout = builder.connectionTimeout;
    this.socketTimeout = builder.socketTimeout;
    this.apiCallTimeout = builder.apiCallTimeout;
    this.maxAttempts = builder.maxAttempts;
    this.interceptors = List.copyOf(builder.interceptors);
  }

  /** Everything resolved the SDK's way. */
  public static AwsSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.region = region;
    builder.credentials = credentials;
    builder.profile = profile;
    builder.endpoint = endpoint;
    builder.serviceEndpoints.putAll(serviceEndpoints);
    builder.connectionTimeout = connectionTimeout;
    builder.socketTimeout = socketTimeout;
    builder.apiCallTimeout = apiCallTimeout;
    builder.maxAttempts = maxAttempts;
    builder.interceptors.addAll(interceptors);
    return builder;
  }

  /** The region to use, when one was set here. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The credentials to use, when set here; otherwise the default provider chain. */
  public Optional<AwsCredentialsProvider> credentials() {
    return Optional.ofNullable(credentials);
  }

  /** The named profile (of {@code ~/.aws/config} and {@code credentials}) for credentials and region, when set. */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /** The endpoint configured here for {@code service}: its own, else the one for all services. */
  public Optional<URI> endpoint(AwsService service) {
    return Optional.ofNullable(serviceEndpoints.getOrDefault(service, endpoint));
  }

  public Duration connectionTimeout() {
    return connectionTimeout;
  }

  /** How long one read on an open connection may wait for data. */
  public Duration socketTimeout() {
    return socketTimeout;
  }

  /** How long one API call may take, retries included. */
  public Duration apiCallTimeout() {
    return apiCallTimeout;
  }

  /** Attempts per call under the SDK's standard retry strategy (throttling and transient errors), first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Observers of every call of every client (to record the operations called, say), in order. */
  public List<ExecutionInterceptor> interceptors() {
    return interceptors;
  }

  @Override
  public String toString() {
    return "AwsSettings[region=" + region + ", endpoint=" + endpoint + ", serviceEndpoints=" + serviceEndpoints
        + ", credentials=" + (credentials != null ? credentials.getClass().getSimpleName()
        : profile != null ? "profile " + profile : "default chain")
        + ", maxAttempts=" + maxAttempts + "]";
  }

  /** Builds {@link AwsSettings}; unset values keep their defaults. */
  public static final class Builder {
    private String region;
    private AwsCredentialsProvider credentials;
    private String profile;
    private URI endpoint;
    private final Map<AwsService, URI> serviceEndpoints = new EnumMap<>(AwsService.class);
    private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    private Duration socketTimeout = DEFAULT_SOCKET_TIMEOUT;
    private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();

    private Builder() {
    }

    /** Adds an observer of every call (SDK execution interceptor) to the clients built with these settings. */
    public Builder addInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** The region, e.g. {@code eu-west-1}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * A named profile: its credentials (unless {@link #credentials} are set) and its region (unless
     * {@link #region} is set), as {@code AWS_PROFILE} does for the default chains.
     */
    public Builder profile(String profileName) {
      this.profile = profileName;
      return this;
    }

    /** Fixed keys, e.g. dummy ones for a local endpoint. */
    public Builder staticCredentials(String accessKeyId, String secretAccessKey) {
      return credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    /** One endpoint for every service (a local {@code glue-suite serve}, say). */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public Builder endpoint(AwsService service, URI endpoint) {
      serviceEndpoints.put(Objects.requireNonNull(service, "service"), Objects.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    public Builder connectionTimeout(Duration timeout) {
      this.connectionTimeout = positive(timeout, "connectionTimeout");
      return this;
    }

    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = positive(timeout, "socketTimeout");
      return this;
    }

    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive(timeout, "apiCallTimeout");
      return this;
    }

    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 (1 means no retry), not " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    public AwsSettings build() {
      return new AwsSettings(this);
    }

    private static Duration positive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration, not " + duration);
      }
      return duration;
    }
  }
}
