package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.Canonical;
import dev.stacksets.core.internal.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for one service in one region ({@code cloudformation}, {@code config}).
 *
 * <p>Canonical request: method, the path with each segment encoded twice (every service but S3), the query sorted
 * by encoded name then value, every header except hop-by-hop ones and {@code User-Agent} (lower-cased names, trimmed
 * values with inner space runs folded, sorted), and the SHA-256 of the exact body bytes. Credential scope
 * {@code date/region/service/aws4_request}; the derived signing key is cached per secret and day.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
 * SdkHttpRequest signed = signer.sign(request, credentials, Instant.now());
 * }</pre>
 */
public final class AwsV4Signer implements RequestSigner {
  /** The algorithm name. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";
  /** Request header carrying the signing time. */
  public static final String DATE_HEADER = "X-Amz-Date";
  /** Request header carrying a session token. */
  public static final String SECURITY_TOKEN_HEADER = "X-Amz-Security-Token";

  private static final DateTimeFormatter BASIC_ISO =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Set<String> UNSIGNED = Set.of("authorization", "connection", "expect", "keep-alive",
      "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "user-agent",
      "x-amzn-trace-id");

  private final String service;
  private final String region;
  private volatile SigningKey cachedKey;

  /**
   * @param service the signing name, e.g. {@code cloudformation}
   * @param region  the region, e.g. {@code us-east-1}
   */
  public AwsV4Signer(String service, String region) {
    this.service = Objects.requireNonNull(service, "service == null");
    this.region = Objects.requireNonNull(region, "region == null");
  }

  /** The signing service name. */
  public String service() {
    return service;
  }

  /** The signing region. */
  public String region() {
    return region;
  }

  @Override
  public SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime) {
    SdkHttpRequest.Builder b = request.toBuilder().header(DATE_HEADER, BASIC_ISO.format(signingTime));
    if (credentials.sessionToken() != null) {
      b.header(SECURITY_TOKEN_HEADER, credentials.sessionToken());
    } else {
      b.removeHeader(SECURITY_TOKEN_HEADER);
    }
    SdkHttpRequest dated = b.removeHeader("Authorization").build();
    return dated.toBuilder().header("Authorization", authorization(dated, credentials)).build();
  }

  /** The {@code Authorization} value for a request that already holds {@code Host} and {@code X-Amz-Date}. */
  public String authorization(SdkHttpRequest dated, Credentials credentials) {
    Map<String, String> headers = signedHeaders(dated);
    String signedHeaders = String.join(";", headers.keySet());
    String amzDate = required(dated, DATE_HEADER);
    String day = amzDate.substring(0, 8);
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + Hashing.sha256Hex(canonicalRequest(dated, headers, signedHeaders));
    String signature = Hashing.hex(Hashing.hmacSha256(signingKey(credentials.secretAccessKey(), day), stringToSign));
    return ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + signature;
  }

  /** The canonical request of a request that already holds {@code Host} and {@code X-Amz-Date}. */
  public String canonicalRequest(SdkHttpRequest dated) {
    Map<String, String> headers = signedHeaders(dated);
    return canonicalRequest(dated, headers, String.join(";", headers.keySet()));
  }

  /** The derived signing key for a secret and a {@code yyyyMMdd} day. */
  public byte[] signingKey(String secret, String day) {
    SigningKey k = cachedKey;
    if (k != null && k.day.equals(day) && k.secretHash == secret.hashCode() && k.secret.equals(secret)) {
      return k.key;
    }
    byte[] kDate = Hashing.hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
    byte[] kRegion = Hashing.hmacSha256(kDate, region);
    byte[] kService = Hashing.hmacSha256(kRegion, service);
    byte[] kSigning = Hashing.hmacSha256(kService, "aws4_request");
    cachedKey = new SigningKey(secret, secret.hashCode(), day, kSigning);
    return kSigning;
  }

  private static String canonicalRequest(SdkHttpRequest r, Map<String, String> headers, String signedHeaders) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(r.method()).append('\n')
        .append(Canonical.path(r.encodedPath(), true)).append('\n')
        .append(Canonical.queryString(r.query(), true)).append('\n');
    for (Map.Entry<String, String> h : headers.entrySet()) {
      sb.append(h.getKey()).append(':').append(h.getValue()).append('\n');
    }
    sb.append('\n').append(signedHeaders).append('\n').append(Hashing.sha256Hex(r.body()));
    return sb.toString();
  }

  private static Map<String, String> signedHeaders(SdkHttpRequest r) {
    required(r, "Host");
    required(r, DATE_HEADER);
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < r.headers().size(); i++) {
      String name = r.headers().name(i).toLowerCase(Locale.ROOT);
      if (UNSIGNED.contains(name)) {
        continue;
      }
      String value = Canonical.foldSpaces(r.headers().value(i));
      out.merge(name, value, (a, b) -> a + "," + b);
    }
    return out;
  }

  private static String required(SdkHttpRequest r, String header) {
    String v = r.header(header);
    if (v == null) {
      throw new IllegalArgumentException("cannot sign: the request has no " + header + " header");
    }
    return v;
  }

  private static final class SigningKey {
    final String secret;
    final int secretHash;
    final String day;
    final byte[] key;

    SigningKey(String secret, int secretHash, String day, byte[] key) {
      this.secret = secret;
      this.secretHash = secretHash;
      this.day = day;
      this.key = key;
    }
  }
}
