package dev.stacksets.emulator.internal;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.signing.Canonical;
import dev.stacksets.core.internal.util.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verifies Huawei {@code SDK-HMAC-SHA256} signatures the way the API gateway does: it rebuilds the canonical request
 * from the headers the client lists in {@code SignedHeaders} (whatever client it is: ours signs neither
 * {@code Content-Type} nor {@code User-Agent}, the official guide's example signs {@code Content-Type}), recomputes
 * the signature with the emulator's SK through the core {@link HuaweiSigner}'s explicit-header-list overloads, and
 * compares. The canonical URI is tried in the forms clients build from the sent path (see {@link #canonicalUris}):
 * first the official SDKs' (the v3 Java SDK's and the Node.js SDK core's, which the core signer builds too: an escaped
 * {@code %2F} signed as {@code %252F}, a non-ASCII name's escapes signed once), then the APIG Python signer's (each
 * segment decoded, then encoded), then every sent segment encoded once more. Thread-safe.
 */
public final class HuaweiAuth {
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

  private static final HuaweiSigner SIGNER = new HuaweiSigner();

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
    List<String> signed = List.of(names);
    SdkHttpRequest dated;
    try {
      dated = SignedRequest.of(call, call.rawPath(), signed, HuaweiSigner.DATE_HEADER,
          HuaweiSigner.CONTENT_SHA256_HEADER);
    } catch (IllegalArgumentException e) {
      return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, "a signed header is not valid: " + e.getMessage());
    }
    byte[] received = signature.getBytes(StandardCharsets.US_ASCII);
    for (String uri : canonicalUris(call.rawPath())) {
      String expected = SIGNER.signature(dated, credentials.secretAccessKey(), signed, uri);
      if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), received)) {
        return null;
      }
    }
    return new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE,
        "verify aksk signature fail, canonicalRequest:" + SIGNER.canonicalRequest(dated, signed).replace('\n', '|'));
  }

  /**
   * The canonical URIs accepted for a sent path, in this order and each once: the official SDKs' (the core signer's,
   * {@link HuaweiSigner#canonicalUri}); the APIG Python signer's, which decodes each segment before encoding it (so
   * {@code %2F} is signed as {@code %2F}); and each sent segment encoded once more, escapes of non-ASCII text too
   * ({@code %E6} signed as {@code %25E6}), as the official SDKs sign a name their caller escaped already.
   */
  static Set<String> canonicalUris(String rawPath) {
    Set<String> uris = new LinkedHashSet<>();
    uris.add(HuaweiSigner.canonicalUri(rawPath));
    uris.add(withSlash(Canonical.normalizedPath(rawPath)));
    StringBuilder again = new StringBuilder(rawPath.length() + 16);
    if (!rawPath.equals("/")) {
      int start = rawPath.startsWith("/") ? 1 : 0;
      for (String segment : rawPath.substring(start).split("/", -1)) {
        again.append('/').append(PercentEncoding.encode(segment));
      }
    }
    uris.add(withSlash(again.toString()));
    return uris;
  }

  private static String withSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
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
