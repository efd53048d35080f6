package org.gluesuite.serve;

import java.util.Optional;
import org.gluesuite.serve.api.Caller;
import org.gluesuite.serve.internal.SigV4;

/** The two ways {@code glue-suite serve} decides who called. */
public final class Authenticators {
  private Authenticators() {
  }

  /**
   * Accepts every request, signed or not, without checking signatures (as a local endpoint with dummy credentials
   * should). The caller is the principal of the signing key when {@code keys} knows it, else {@code defaultPrincipal}.
   */
  public static Authenticator anySignature(String defaultPrincipal, AccessKeys keys) {
    return request -> {
      Optional<String> accessKey = signature(request).map(SigV4.Signature::accessKeyId);
      String principal = accessKey.flatMap(keys::find).map(AccessKeys.AccessKey::principal).orElse(defaultPrincipal);
      return new Caller(accessKey, principal, false);
    };
  }

  /**
   * Verifies every request's SigV4 signature against the secret of its access key, as AWS does: unsigned requests
   * fail with {@code MissingAuthenticationTokenException}, unknown keys with {@code UnrecognizedClientException},
   * wrong or stale signatures with {@code InvalidSignatureException}. The caller is the key's principal.
   */
  public static Authenticator strict(AccessKeys keys) {
    return request -> {
      SigV4.Signature signature = SigV4.parse(request).orElseThrow(ServeErrors::missingAuthentication);
      AccessKeys.AccessKey key = keys.find(signature.accessKeyId())
          .orElseThrow(() -> ServeErrors.unrecognizedClient(signature.accessKeyId()));
      signature.verify(request, key.secretAccessKey());
      return new Caller(Optional.of(key.accessKeyId()), key.principal(), true);
    };
  }

  /** A malformed Authorization header is ignored when signatures are not checked. */
  private static Optional<SigV4.Signature> signature(IncomingRequest request) {
    try {
      return SigV4.parse(request);
    } catch (ServeRequestException e) {
      return Optional.empty();
    }
  }
}
