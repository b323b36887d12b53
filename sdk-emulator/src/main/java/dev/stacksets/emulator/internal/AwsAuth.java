package dev.stacksets.emulator.internal;

import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies AWS Signature Version 4 ({@code Authorization: AWS4-HMAC-SHA256 ...}) for one service: parses the
 * credential scope, checks the access key, the service in the scope and the signing time, rebuilds the canonical
 * request over exactly the headers the client signed (the AWS SDK v2 signs more than ours, e.g.
 * {@code amz-sdk-invocation-id}, {@code amz-sdk-request}, {@code content-length}) with the core {@link AwsV4Signer}'s
 * explicit-header-list overloads for the client's own scope (any region is accepted), and compares. Thread-safe.
 */
public final class AwsAuth {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

  private final Credentials credentials;
  private final String service;
  private final EmulatorClock clock;
  private final Duration maxSkew;
  private final Map<String, AwsV4Signer> signers = new ConcurrentHashMap<>();

  /**
   * @param credentials the only credentials accepted
   * @param service     the signing name this endpoint requires ({@code cloudformation}, {@code config})
   * @param clock       wall clock for the skew check
   * @param maxSkew     allowed distance between X-Amz-Date and the clock, or null for no check
   */
  public AwsAuth(Credentials credentials, String service, EmulatorClock clock, Duration maxSkew) {
    this.credentials = credentials;
    this.service = service;
    this.clock = clock;
    this.maxSkew = maxSkew;
  }

  /** Null when the request is properly signed, else why not. */
  public AuthFailure verify(HttpCall call) {
    String authorization = call.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return new AuthFailure(AuthFailure.Kind.MISSING, "Request is missing Authentication Token");
    }
    Map<String, String> params = SignatureParams.parse(authorization, AwsV4Signer.ALGORITHM);
    if (params == null) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED,
          "Authorization header requires the AWS4-HMAC-SHA256 algorithm. Authorization=" + first(authorization));
    }
    for (String required : new String[] {"Credential", "SignedHeaders", "Signature"}) {
      if (params.get(required) == null || params.get(required).isEmpty()) {
        return new AuthFailure(AuthFailure.Kind.MALFORMED, "Authorization header requires '" + required
            + "' parameter. Authorization=" + first(authorization));
      }
    }
    String[] scope = params.get("Credential").split("/");
    if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED, "Credential should be scoped to a valid region, not '"
          + (scope.length > 2 ? scope[2] : "") + "'. ");
    }
    if (!scope[0].equals(credentials.accessKeyId())) {
      return new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, "The security token included in the request is invalid.");
    }
    String amzDate = call.header(AwsV4Signer.DATE_HEADER);
    Instant signedAt = parse(amzDate);
    if (signedAt == null) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED,
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    if (!amzDate.startsWith(scope[1])) {
      return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, "Date in Credential scope does not match YYYYMMDD from "
          + "ISO-8601 version of date from HTTP: '" + scope[1] + "' != '" + amzDate.substring(0, 8) + "', from '"
          + amzDate + "'.");
    }
    if (!scope[3].equals(service)) {
      return new AuthFailure(AuthFailure.Kind.WRONG_SCOPE,
          "Credential should be scoped to correct service: '" + service + "'. ");
    }
    if (maxSkew != null) {
      Instant now = clock.wallNow();
      if (signedAt.isBefore(now.minus(maxSkew))) {
        return new AuthFailure(AuthFailure.Kind.EXPIRED, "Signature expired: " + amzDate + " is now earlier than "
            + format(now.minus(maxSkew)) + " (" + format(now) + " - " + maxSkew.toMinutes() + " min.)");
      }
      if (signedAt.isAfter(now.plus(maxSkew))) {
        return new AuthFailure(AuthFailure.Kind.EXPIRED, "Signature not yet current: " + amzDate
            + " is still later than " + format(now.plus(maxSkew)) + " (" + format(now) + " + " + maxSkew.toMinutes()
            + " min.)");
      }
    }
    String token = call.header(AwsV4Signer.SECURITY_TOKEN_HEADER);
    if (credentials.sessionToken() != null ? !credentials.sessionToken().equals(token) : token != null) {
      return new AuthFailure(AuthFailure.Kind.BAD_TOKEN, "The security token included in the request is invalid.");
    }
    String signedHeaders = params.get("SignedHeaders");
    String[] names = signedHeaders.split(";");
    boolean hostSigned = false;
    for (String n : names) {
      hostSigned |= n.equals("host");
      if (call.headerValues(n).isEmpty()) {
        return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, "The request signature we calculated does not match "
            + "the signature you provided: signed header '" + n + "' is not in the request.");
      }
    }
    if (!hostSigned) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED,
          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    String declaredHash = call.header(AwsV4Signer.CONTENT_SHA256_HEADER);
    if (declaredHash != null && declaredHash.length() == 64
        && !declaredHash.equalsIgnoreCase(Hashing.sha256Hex(call.body()))) {
      return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE,
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    List<String> signed = List.of(names);
    SdkHttpRequest dated;
    try {
      dated = SignedRequest.of(call, call.rawPath(), signed, AwsV4Signer.DATE_HEADER,
          AwsV4Signer.CONTENT_SHA256_HEADER);
    } catch (IllegalArgumentException e) {
      return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, "a signed header is not valid: " + e.getMessage());
    }
    AwsV4Signer signer = signers.computeIfAbsent(scope[2], r -> new AwsV4Signer(service, r));
    String expected = signer.signature(dated, credentials.secretAccessKey(), signed);
    if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        params.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, "The request signature we calculated does not match the "
        + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
        + "documentation for details.\n\nThe Canonical String for this request should have been\n'"
        + signer.canonicalRequest(dated, signed) + "'\n\nThe String-to-Sign should have been\n'"
        + signer.stringToSign(dated, signed) + "'\n");
  }

  private static String first(String authorization) {
    return authorization.length() > 40 ? authorization.substring(0, 40) + "..." : authorization;
  }

  private static String format(Instant t) {
    return BASIC.format(t.atOffset(ZoneOffset.UTC));
  }

  private static Instant parse(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(date.trim(), BASIC).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
