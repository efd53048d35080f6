package org.gluesuite.serve.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who made a request: the access key it was signed with (none for an unsigned request) and the principal (IAM role or
 * user ARN) Lake Formation decides for. {@code verified} is true when the signature was checked against the key's
 * secret (strict mode); otherwise the principal is the key's configured one, or the endpoint's default.
 */
public record Caller(Optional<String> accessKeyId, String principal, boolean verified) {

  public Caller {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(principal, "principal");
  }
}
