package org.gluesuite.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LocalEndpoint} listens: the port on 127.0.0.1 (0 for any free one), the largest request body it reads,
 * how long it waits for a silent client, and who it lets in; and how long one minute of a job's {@code Timeout} lasts
 * (a real minute; tests shorten it).
 */
public record ServeSettings(int port, long maxRequestBytes, Duration idleTimeout, Authenticator authenticator,
    Duration jobTimeoutMinute) {
  public static final int DEFAULT_PORT = 4566;
  /** Large enough for a 100-partition batch of wide tables; AWS rejects far smaller bodies for most calls. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  public ServeSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive, not " + maxRequestBytes);
    }
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(authenticator, "authenticator");
    if (jobTimeoutMinute == null || jobTimeoutMinute.isNegative() || jobTimeoutMinute.isZero()) {
      throw new IllegalArgumentException("jobTimeoutMinute must be a positive duration, not " + jobTimeoutMinute);
    }
  }

  /** With Glue's job timeouts in real minutes. */
  public ServeSettings(int port, long maxRequestBytes, Duration idleTimeout, Authenticator authenticator) {
    this(port, maxRequestBytes, idleTimeout, authenticator, Duration.ofMinutes(1));
  }

  /** Any free port, default limits, every request accepted as {@code principal}. */
  public static ServeSettings anyPort(String principal) {
    return new ServeSettings(0, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_IDLE_TIMEOUT,
        Authenticators.anySignature(principal, AccessKeys.none()));
  }

  public ServeSettings withPort(int newPort) {
    return new ServeSettings(newPort, maxRequestBytes, idleTimeout, authenticator, jobTimeoutMinute);
  }

  public ServeSettings withMaxRequestBytes(long limit) {
    return new ServeSettings(port, limit, idleTimeout, authenticator, jobTimeoutMinute);
  }

  public ServeSettings withIdleTimeout(Duration timeout) {
    return new ServeSettings(port, maxRequestBytes, timeout, authenticator, jobTimeoutMinute);
  }

  public ServeSettings withAuthenticator(Authenticator newAuthenticator) {
    return new ServeSettings(port, maxRequestBytes, idleTimeout, newAuthenticator, jobTimeoutMinute);
  }

  public ServeSettings withJobTimeoutMinute(Duration minute) {
    return new ServeSettings(port, maxRequestBytes, idleTimeout, authenticator, minute);
  }
}
