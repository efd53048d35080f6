package org.gluesuite.serve;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as it arrived, for authentication: the method, the path and query exactly as sent (still
 * percent-encoded), the headers by lower-case name, the body, the SigV4 signing name of the service it is routed to
 * ({@code glue}, {@code athena}, {@code lakeformation}) and when it arrived.
 */
public record IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
    byte[] body, String signingName, Instant receivedAt) {

  public IncomingRequest {
    headers = Map.copyOf(headers);
  }

  /** The header's values joined with commas, as SigV4 canonicalises them; empty when absent. */
  public Optional<String> header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
  }
}
