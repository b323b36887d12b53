package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.signing.Canonical;
import dev.stacksets.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) for one service in one region ({@code cloudformation},
 * {@code config}).
 *
 * <pre>
 * CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
 * StringToSign     = "AWS4-HMAC-SHA256" \n X-Amz-Date \n yyyyMMdd/region/service/aws4_request \n hex(SHA256(CR))
 * SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, yyyyMMdd), region), service), "aws4_request")
 * Authorization    = AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=..., Signature=hex(HMAC(key, STS))
 * </pre>
 *
 * <ul>
 *   <li>Canonical URI: each path segment in canonical RFC 3986 form, then encoded once more (every service but
 *       S3); {@link #sign} puts the normalized path on the wire, so the server's view matches.</li>
 *   <li>Canonical query: names and values RFC 3986-encoded, sorted by name, then by value.</li>
 *   <li>Signed headers: every header except the hop-by-hop ones, {@code User-Agent} and {@code X-Amzn-Trace-Id}
 *       (botocore's list), plus {@code content-type} from the body's content type; names lower-cased and sorted,
 *       values trimmed with runs of spaces folded to one, repeated values joined with {@code ,}.</li>
 *   <li>Payload: SHA-256 of the exact body bytes sent, or the value of an {@code X-Amz-Content-Sha256} header.</li>
 *   <li>Session credentials add {@code X-Amz-Security-Token}, which is signed.</li>
 * </ul>
 *
 * <p>Thread-safe; the derived signing key of the last secret and day is cached.
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
  /** Request header that, when present, replaces the body hash (e.g. {@code UNSIGNED-PAYLOAD}). */
  public static final String CONTENT_SHA256_HEADER = "X-Amz-Content-Sha256";

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
    if (service.isBlank() || region.isBlank()) {
      throw new IllegalArgumentException("service and region must not be blank");
    }
  }

  /** The signing service name. */
  public String service() {
    return service;
  }

  /** The signing region. */
  public String region() {
    return region;
  }

  /** Formats a signing time as {@code X-Amz-Date} wants it, e.g. {@code 20150830T123600Z}. */
  public static String formatDate(Instant time) {
    return HmacSigning.basicIso(time);
  }

  /**
   * Returns the signed copy: {@code X-Amz-Date} set to {@code signingTime}, {@code X-Amz-Security-Token} set for
   * session credentials (removed otherwise), the path in canonical percent-encoding, and {@code Authorization}.
   *
   * @throws IllegalArgumentException when the request has no {@code Host} header
   */
  @Override
  public SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime) {
    return HmacSigning.sign(request, credentials, signingTime, DATE_HEADER, SECURITY_TOKEN_HEADER,
        dated -> authorization(dated, credentials));
  }

  /** The {@code Authorization} value for a request that already holds {@code Host} and {@code X-Amz-Date}. */
  public String authorization(SdkHttpRequest dated, Credentials credentials) {
    return authorization(dated, credentials, signedHeaderNames(dated));
  }

  /**
   * The {@code Authorization} value signing exactly the named headers (lower-case, in the given order; the
   * algorithm expects them sorted). For verifiers, which must use the list a client sent.
   *
   * @throws IllegalArgumentException when a named header is missing from the request
   */
  public String authorization(SdkHttpRequest dated, Credentials credentials, List<String> signedHeaderNames) {
    List<String> names = HmacSigning.lowerCase(signedHeaderNames);
    return ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope(dated) + ", SignedHeaders="
        + String.join(";", names) + ", Signature=" + signature(dated, credentials.secretAccessKey(), names);
  }

  /**
   * The hex signature of the request over exactly the named headers, with the given secret. A verifier compares it
   * with the {@code Signature=} it received.
   */
  public String signature(SdkHttpRequest dated, String secretAccessKey, List<String> signedHeaderNames) {
    String day = required(dated, DATE_HEADER).substring(0, 8);
    return Hashing.hex(Hashing.hmacSha256(signingKey(secretAccessKey, day), stringToSign(dated, signedHeaderNames)));
  }

  /**
   * The lower-case names this signer signs for the request, sorted: every header but the hop-by-hop ones,
   * {@code User-Agent} and {@code X-Amzn-Trace-Id} (the set botocore leaves out), plus {@code content-type} when the
   * body has a content type.
   */
  public List<String> signedHeaderNames(SdkHttpRequest dated) {
    required(dated, "Host");
    required(dated, DATE_HEADER);
    return HmacSigning.signedHeaderNames(dated, name -> !UNSIGNED.contains(name), true);
  }

  /** The canonical request of a request that already holds {@code Host} and {@code X-Amz-Date}. */
  public String canonicalRequest(SdkHttpRequest dated) {
    return canonicalRequest(dated, signedHeaderNames(dated));
  }

  /** The canonical request over exactly the named headers (lower-case, in the given order). */
  public String canonicalRequest(SdkHttpRequest dated, List<String> signedHeaderNames) {
    List<String> names = HmacSigning.lowerCase(signedHeaderNames);
    StringBuilder sb = new StringBuilder(256);
    sb.append(dated.method()).append('\n')
        .append(Canonical.path(dated.encodedPath(), true)).append('\n')
        .append(Canonical.queryString(dated.query(), true)).append('\n');
    return HmacSigning.appendHeadersAndPayload(sb, dated, names, AwsV4Signer::headerValue, CONTENT_SHA256_HEADER)
        .toString();
  }

  /** The string to sign of a request that already holds {@code Host} and {@code X-Amz-Date}. */
  public String stringToSign(SdkHttpRequest dated) {
    return stringToSign(dated, signedHeaderNames(dated));
  }

  /** The string to sign over exactly the named headers. */
  public String stringToSign(SdkHttpRequest dated, List<String> signedHeaderNames) {
    return ALGORITHM + "\n" + required(dated, DATE_HEADER) + "\n" + scope(dated) + "\n"
        + Hashing.sha256Hex(canonicalRequest(dated, signedHeaderNames));
  }

  /** The derived signing key for a secret and a {@code yyyyMMdd} day. */
  public byte[] signingKey(String secret, String day) {
    SigningKey k = cachedKey;
    if (k != null && k.day.equals(day) && k.secret.equals(secret)) {
      return k.key.clone();
    }
    byte[] kDate = Hashing.hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
    byte[] kRegion = Hashing.hmacSha256(kDate, region);
    byte[] kService = Hashing.hmacSha256(kRegion, service);
    byte[] kSigning = Hashing.hmacSha256(kService, "aws4_request");
    cachedKey = new SigningKey(secret, day, kSigning);
    return kSigning.clone();
  }

  private String scope(SdkHttpRequest dated) {
    return required(dated, DATE_HEADER).substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
  }

  private static String headerValue(SdkHttpRequest r, String lowerName) {
    if (lowerName.equals("content-type")) {
      String ct = Canonical.contentType(r);
      if (ct == null) {
        throw new IllegalArgumentException("cannot sign: the request has no content-type header");
      }
      return Canonical.foldSpaces(ct);
    }
    List<String> values = r.headers().values(lowerName);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("cannot sign: the request has no " + lowerName + " header");
    }
    if (values.size() == 1) {
      return Canonical.foldSpaces(values.get(0));
    }
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(Canonical.foldSpaces(v));
    }
    return sb.toString();
  }

  private static String required(SdkHttpRequest r, String header) {
    String v = HmacSigning.required(r, header);
    if (header.equals(DATE_HEADER) && v.length() < 8) {
      throw new IllegalArgumentException("cannot sign: " + DATE_HEADER + " is not yyyyMMdd'T'HHmmss'Z'");
    }
    return v;
  }

  private static final class SigningKey {
    final String secret;
    final String day;
    final byte[] key;

    SigningKey(String secret, String day, byte[] key) {
      this.secret = secret;
      this.day = day;
      this.key = key;
    }
  }
}
