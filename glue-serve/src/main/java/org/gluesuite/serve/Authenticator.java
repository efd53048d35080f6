package org.gluesuite.serve;

import org.gluesuite.serve.api.Caller;

/**
 * Decides who made a request, or refuses it with AWS's error ({@link ServeRequestException}). See
 * {@link Authenticators} for the two modes {@code glue-suite serve} offers.
 */
@FunctionalInterface
public interface Authenticator {
  Caller authenticate(IncomingRequest request);
}
