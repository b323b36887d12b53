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
import java.util.TreeMap;

/**
 * Huawei Cloud AK/SK signing ({@code SDK-HMAC-SHA256}, the API Gateway algorithm) as used by RFS.
 *
 * <p>Canonical request: method, the path with every segment RFC 3986-encoded and a trailing {@code /}, the query
 * sorted by encoded name (repeated names keep their order, empty values stay {@code k=}), the signed headers
 * lower-cased and sorted, and the SHA-256 of the body. The key is the SK itself (no derivation, no scope).
 *
 * <p>Signed headers: every request header except {@code Content-Type}, {@code User-Agent}, {@code Authorization}
 * and names containing {@code _}; so {@code host}, {@code x-sdk-date} and whatever the client adds
 * ({@code client-request-id}, {@code x-project-id}, {@code x-security-token}). {@code Content-Type} is not signed,
 * like the v3 SDK since 3.1.57: the gateway rebuilds the canonical request from the {@code SignedHeaders} list it is
 * sent, so leaving it out is accepted, and a proxy that normalises the content type cannot break the signature.
 * {@code User-Agent} is left out for the same reason.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * SdkHttpRequest signed = new HuaweiSigner().sign(request, Credentials.of(ak, sk), Instant.now());
 * }</pre>
 */
public final class HuaweiSigner implements RequestSigner {
  /** The algorithm name in {@code Authorization} and the string to sign. */
  public static final String ALGORITHM = "SDK-HMAC-SHA256";
  /** Request header carrying the signing time. */
  public static final String DATE_HEADER = "X-Sdk-Date";
  /** Request header carrying a temporary credential's security token. */
  public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";

  private static final DateTimeFormatter BASIC_ISO =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

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

  /** The {@code Authorization} value for a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String authorization(SdkHttpRequest dated, Credentials credentials) {
    Map<String, String> headers = signedHeaders(dated);
    String signedHeaders = String.join(";", headers.keySet());
    String signature = signature(dated, headers, signedHeaders, credentials.secretAccessKey());
    return ALGORITHM + " Access=" + credentials.accessKeyId() + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + signature;
  }

  /** The canonical request of a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String canonicalRequest(SdkHttpRequest dated) {
    Map<String, String> headers = signedHeaders(dated);
    return canonicalRequest(dated, headers, String.join(";", headers.keySet()));
  }

  /** The string to sign of a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String stringToSign(SdkHttpRequest dated) {
    return ALGORITHM + "\n" + required(dated, DATE_HEADER) + "\n" + Hashing.sha256Hex(canonicalRequest(dated));
  }

  private String signature(SdkHttpRequest dated, Map<String, String> headers, String signedHeaders, String sk) {
    String stringToSign = ALGORITHM + "\n" + required(dated, DATE_HEADER) + "\n"
        + Hashing.sha256Hex(canonicalRequest(dated, headers, signedHeaders));
    return Hashing.hex(Hashing.hmacSha256(sk.getBytes(StandardCharsets.UTF_8), stringToSign));
  }

  private static String canonicalRequest(SdkHttpRequest r, Map<String, String> headers, String signedHeaders) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(r.method()).append('\n');
    String path = Canonical.path(r.encodedPath(), false);
    sb.append(path);
    if (!path.endsWith("/")) {
      sb.append('/');
    }
    sb.append('\n').append(Canonical.queryString(r.query(), false)).append('\n');
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
      if (name.equals("content-type") || name.equals("user-agent") || name.equals("authorization")
          || name.indexOf('_') >= 0 || out.containsKey(name)) {
        continue; // only the first value of a repeated header is signed
      }
      out.put(name, r.headers().value(i).trim());
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
}
