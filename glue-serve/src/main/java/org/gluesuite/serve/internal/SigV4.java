package org.gluesuite.serve.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gluesuite.serve.IncomingRequest;
import org.gluesuite.serve.ServeErrors;

/**
 * AWS Signature Version 4 for requests signed in the {@code Authorization} header, as AWS documents it: the canonical
 * request (method, path normalised and URI-encoded again as for every service but S3, sorted query, the signed
 * headers trimmed, the payload's SHA-256), the string to sign with the credential scope, and the HMAC chain from the
 * secret key. {@link #parse} reads the header; {@link Signature#verify} recomputes and compares in constant time.
 */
public final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  /** AWS refuses signatures more than 15 minutes away from its clock. */
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {
  }

  /** A parsed {@code Authorization} header. */
  public record Signature(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
      String signature) {

    /**
     * Checks the signature against {@code secretAccessKey}: the scope's service and date, the clock, then the HMAC.
     *
     * @throws org.gluesuite.serve.ServeRequestException {@code IncompleteSignatureException} or
     *     {@code InvalidSignatureException} saying which check failed
     */
    public void verify(IncomingRequest request, String secretAccessKey) {
      if (!service.equals(request.signingName())) {
        throw ServeErrors.invalidSignature("Credential should be scoped to correct service: '"
            + request.signingName() + "', not '" + service + "'");
      }
      if (!signedHeaders.contains("host")) {
        throw ServeErrors.incompleteSignature("SignedHeaders must include host");
      }
      String amzDate = request.header("x-amz-date")
          .orElseThrow(() -> ServeErrors.incompleteSignature("the X-Amz-Date header is missing"));
      Instant signedAt;
      try {
        signedAt = AMZ_DATE.parse(amzDate, Instant::from);
      } catch (DateTimeParseException e) {
        throw ServeErrors.incompleteSignature("X-Amz-Date '" + amzDate + "' is not of the form 20240131T235959Z");
      }
      if (!amzDate.startsWith(date)) {
        throw ServeErrors.invalidSignature("the credential scope's date " + date + " is not the date of X-Amz-Date "
            + amzDate);
      }
      Instant now = request.receivedAt();
      if (signedAt.isBefore(now.minus(MAX_SKEW))) {
        throw ServeErrors.invalidSignature("Signature expired: " + amzDate + " is now earlier than "
            + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
      }
      if (signedAt.isAfter(now.plus(MAX_SKEW))) {
        throw ServeErrors.invalidSignature("Signature not yet current: " + amzDate + " is still later than "
            + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
      }
      for (String header : signedHeaders) {
        if (request.header(header).isEmpty()) {
          throw ServeErrors.invalidSignature("signed header '" + header + "' is not in the request");
        }
      }
      String canonical = canonicalRequest(request, signedHeaders);
      String scope = date + "/" + region + "/" + service + "/aws4_request";
      String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonical.getBytes(
          StandardCharsets.UTF_8));
      byte[] key = hmac(hmac(hmac(hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date), region),
          service), "aws4_request");
      byte[] expected = HEX.formatHex(hmac(key, stringToSign)).getBytes(StandardCharsets.US_ASCII);
      if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
        throw ServeErrors.invalidSignature("the signature does not match the request's canonical form (method, path,"
            + " query, signed headers " + signedHeaders + " and body)");
      }
    }
  }

  /** The request's signature, or empty when it has no {@code Authorization} header. */
  public static Optional<Signature> parse(IncomingRequest request) {
    Optional<String> header = request.header("authorization");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get().trim();
    if (!value.startsWith(ALGORITHM + " ")) {
      throw ServeErrors.incompleteSignature("the Authorization header must start with " + ALGORITHM);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : value.substring(ALGORITHM.length()).split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
      }
    }
    for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
      if (!parts.containsKey(required) || parts.get(required).isEmpty()) {
        throw ServeErrors.incompleteSignature("it has no " + required + "=");
      }
    }
    String[] scope = parts.get("Credential").split("/");
    if (scope.length != 5 || !scope[4].equals("aws4_request")) {
      throw ServeErrors.incompleteSignature("Credential must be ACCESS_KEY/DATE/REGION/SERVICE/aws4_request, not '"
          + parts.get("Credential") + "'");
    }
    return Optional.of(new Signature(scope[0], scope[1], scope[2], scope[3],
        List.of(parts.get("SignedHeaders").toLowerCase(Locale.ROOT).split(";")), parts.get("Signature")));
  }

  static String canonicalRequest(IncomingRequest request, List<String> signedHeaders) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    canonical.append(canonicalPath(request.rawPath())).append('\n');
    canonical.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String header : signedHeaders) {
      canonical.append(header).append(':').append(trimAll(request.header(header).orElse(""))).append('\n');
    }
    canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
    String declared = request.header("x-amz-content-sha256").orElse(null);
    String actual = sha256Hex(request.body());
    if (declared != null && !declared.equals("UNSIGNED-PAYLOAD") && !declared.equals(actual)) {
      throw ServeErrors.invalidSignature("X-Amz-Content-SHA256 does not match the body received");
    }
    canonical.append(declared != null && signedHeaders.contains("x-amz-content-sha256") ? declared : actual);
    return canonical.toString();
  }

  /** Dot segments removed, then every segment URI-encoded again (services other than S3 double-encode). */
  static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = rawPath.split("/", -1);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("..")) {
        segments.pollLast();
      } else if (!part.equals(".") && !(part.isEmpty() && i < parts.length - 1)) {
        segments.add(part);
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(uriEncode(segment));
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      pairs.add(new String[] {uriEncode(name), uriEncode(value)});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder query = new StringBuilder();
    for (String[] pair : pairs) {
      query.append(query.length() == 0 ? "" : "&").append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /** RFC 3986 encoding as SigV4 specifies it: unreserved characters kept, everything else %XX in upper case. */
  static String uriEncode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String trimAll(String value) {
    return value.trim().replaceAll("\\s+", " ");
  }

  static String sha256Hex(byte[] data) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
