package dev.stacksets.emulator.internal;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.internal.Canonical;
import dev.stacksets.core.internal.Hashing;
import dev.stacksets.core.internal.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies Huawei {@code SDK-HMAC-SHA256} signatures the way the API gateway does: it rebuilds the canonical request
 * from the headers the client lists in {@code SignedHeaders} (whatever client it is: ours signs neither
 * {@code Content-Type} nor {@code User-Agent}, the official guide's example signs {@code Content-Type}), recomputes
 * the signature with the emulator's SK and compares. The canonical URI is tried both as the core signer and the
 * APIG Python signer build it (each segment decoded then RFC 3986-encoded) and as the v3 Java SDK builds it (the
 * raw segments encoded once more), so either client verifies. Thread-safe.
 */
public final class HuaweiAuth {
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

  private final Credentials credentials;
  private final EmulatorClock clock;
  private final Duration maxSkew;

  /**
   * @param credentials the only credentials accepted
   * @param clock       wall clock for the skew check
   * @param maxSkew     allowed distance between X-Sdk-Date and the clock, or null for no check
   */
  public HuaweiAuth(Credentials credentials, EmulatorClock clock, Duration maxSkew) {
    this.credentials = credentials;
    this.clock = clock;
    this.maxSkew = maxSkew;
  }

  /** Null when the request is properly signed, else why not. */
  public AuthFailure verify(HttpCall call) {
    String authorization = call.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return new AuthFailure(AuthFailure.Kind.MISSING, "Authorization header not found");
    }
    Map<String, String> params = SignatureParams.parse(authorization, HuaweiSigner.ALGORITHM);
    if (params == null) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED, "unsupported signing algorithm in the Authorization header");
    }
    String access = params.get("Access");
    String signedHeaders = params.get("SignedHeaders");
    String signature = params.get("Signature");
    if (access == null || signedHeaders == null || signature == null || signedHeaders.isEmpty()) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED,
          "the Authorization header needs Access, SignedHeaders and Signature");
    }
    if (!access.equals(credentials.accessKeyId())) {
      return new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, "ak " + access + " not exist");
    }
    String date = call.header(HuaweiSigner.DATE_HEADER);
    Instant signedAt = parse(date);
    if (signedAt == null) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED, "x-sdk-date is missing or not in yyyyMMdd'T'HHmmss'Z' form");
    }
    String[] names = signedHeaders.split(";");
    boolean dateSigned = false;
    for (String n : names) {
      if (n.equals("x-sdk-date")) {
        dateSigned = true;
      }
      if (!n.equals(n.toLowerCase(Locale.ROOT)) || call.header(n) == null) {
        return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE,
            "signed header " + n + " is not in the request (or not in lower case)");
      }
    }
    if (!dateSigned) {
      return new AuthFailure(AuthFailure.Kind.MALFORMED, "x-sdk-date must be a signed header");
    }
    if (maxSkew != null) {
      Instant now = clock.wallNow();
      if (Duration.between(signedAt, now).abs().compareTo(maxSkew) > 0) {
        return new AuthFailure(AuthFailure.Kind.EXPIRED, "calc aksk signature fail:signature expired, signature time:"
            + date + ",server time:" + BASIC.format(now.atOffset(ZoneOffset.UTC)));
      }
    }
    String token = call.header(HuaweiSigner.SECURITY_TOKEN_HEADER);
    if (credentials.sessionToken() != null ? !credentials.sessionToken().equals(token) : token != null) {
      return new AuthFailure(AuthFailure.Kind.BAD_TOKEN, "the security token is invalid or expired");
    }
    String payloadHash = call.header("X-Sdk-Content-Sha256");
    if (payloadHash == null) {
      payloadHash = Hashing.sha256Hex(call.body());
    }
    String canonical = null;
    for (String path : new String[] {canonicalPath(call.rawPath(), true), canonicalPath(call.rawPath(), false)}) {
      String c = canonicalRequest(call, path, names, signedHeaders, payloadHash);
      if (canonical == null) {
        canonical = c;
      }
      String stringToSign = HuaweiSigner.ALGORITHM + "\n" + date + "\n" + Hashing.sha256Hex(c);
      String expected = Hashing.hex(Hashing.hmacSha256(
          credentials.secretAccessKey().getBytes(StandardCharsets.UTF_8), stringToSign));
      if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII))) {
        return null;
      }
    }
    return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE,
        "verify aksk signature fail, canonicalRequest:" + canonical.replace('\n', '|'));
  }

  /** The canonical URI: decoded segments re-encoded (core / Python signers) or raw segments encoded (v3 Java SDK). */
  static String canonicalPath(String rawPath, boolean decodeFirst) {
    String p;
    if (decodeFirst) {
      p = Canonical.path(rawPath, false);
    } else {
      StringBuilder sb = new StringBuilder();
      for (String seg : rawPath.split("/")) {
        if (!seg.isEmpty()) {
          sb.append('/').append(PercentEncoding.encode(seg));
        }
      }
      p = sb.length() == 0 ? "/" : sb.toString();
    }
    return p.endsWith("/") ? p : p + "/";
  }

  private static String canonicalRequest(HttpCall call, String path, String[] names, String signedHeaders,
      String payloadHash) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(call.method()).append('\n').append(path).append('\n')
        .append(Canonical.queryString(call.query(), false)).append('\n');
    for (String n : names) {
      sb.append(n).append(':').append(call.header(n).trim()).append('\n');
    }
    sb.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    return sb.toString();
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
