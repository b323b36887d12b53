package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.signing.Canonical;
import dev.stacksets.core.internal.util.Hashing;
import dev.stacksets.core.internal.util.Require;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Huawei Cloud AK/SK signing ({@code SDK-HMAC-SHA256}, the API Gateway algorithm) as used by RFS.
 *
 * <pre>
 * CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
 * StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(SHA256(CanonicalRequest))
 * Signature        = hex(HMAC-SHA256(key = SK, StringToSign))
 * Authorization    = SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=...
 * </pre>
 *
 * <p>The key is the SK itself: no derivation, no date or region scope. {@code X-Sdk-Date} is
 * {@code yyyyMMdd'T'HHmmss'Z'} in UTC; temporary credentials add {@code X-Security-Token}, which is signed.
 *
 * <h2>Canonical URI</h2>
 * The path, segment by segment, always ending in {@code /} ({@code /v1/stack-sets} is signed as
 * {@code /v1/stack-sets/}, the sent path is left as it is), built as the official SDKs build it (the v3 Java SDK's and
 * the Node.js SDK core's {@code AKSKSigner}): they put a path parameter into the URL as given, a Chinese stack-set name
 * raw and RFS's {@code stack_instance_addr} already escaped ({@code cn-north-4%2F0123...}), and RFC 3986-encode each
 * segment once (only {@code A-Z a-z 0-9 - _ . ~} stay literal, hex upper case) <em>without decoding it first</em>.
 * From the sent path this is: the escapes of a non-ASCII UTF-8 character stand for the character and are signed once
 * ({@code %E6%A0%88}), every other escape is encoded again ({@code %2F} is signed as {@code %252F}); see
 * {@link Canonical#huaweiPath}. The APIG Python signer decodes every escape first and would sign {@code %2F}. A path
 * without escaped ASCII characters signs the same either way. {@link #sign} first puts the path in canonical
 * percent-encoding on the wire (a path this SDK's serializers built is already in it, see
 * {@link Canonical#normalizedPath}), so what the gateway receives is what was signed.
 *
 * <h2>Canonical query</h2>
 * Names and values RFC 3986-encoded ({@code ==} is {@code %3D%3D}, {@code |} is {@code %7C}, {@code ,} is
 * {@code %2C}), sorted by encoded name; a repeated name keeps its values in request order (as the v3 Java SDK does;
 * RFS repeats {@code sort_key}/{@code sort_dir} in pairs, so their order matters); an empty value is {@code k=}.
 *
 * <h2>Signed headers</h2>
 * Every request header, lower-cased, sorted, value trimmed (first value of a repeated header), <em>except</em>
 * {@code Content-Type}, {@code User-Agent}, {@code Authorization} and names containing {@code _}. That is
 * {@code host}, {@code x-sdk-date} and whatever the client adds ({@code client-request-id}, {@code x-project-id},
 * {@code x-security-token}). {@code Content-Type} is deliberately not signed, like the v3 Java SDK since 3.1.57: the
 * gateway rebuilds the canonical request from the {@code SignedHeaders} list it is sent, so both forms are accepted,
 * and a proxy that rewrites the content type (adding a charset, say) cannot break the signature. {@code User-Agent}
 * is left out for the same reason. The official guide example signs {@code content-type}; callers that need another
 * header set (a verifier, or that example) use the overloads taking an explicit list of signed header names.
 *
 * <h2>Payload</h2>
 * SHA-256 hex of the exact body bytes sent; when the request carries {@code X-Sdk-Content-Sha256} (for example
 * {@code UNSIGNED-PAYLOAD}), that value is used instead, as the v3 SDK does.
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
  /** Request header that, when present, replaces the body hash (e.g. {@code UNSIGNED-PAYLOAD}). */
  public static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

  /** Creates the signer; it holds no state, one instance can serve every client. */
  public HuaweiSigner() {}

  /** Formats a signing time as {@code X-Sdk-Date} wants it, e.g. {@code 20191115T033655Z}. */
  public static String formatDate(Instant time) {
    return HmacSigning.basicIso(time);
  }

  /**
   * Returns the signed copy: {@code X-Sdk-Date} set to {@code signingTime}, {@code X-Security-Token} set for
   * temporary credentials (removed otherwise), the path in canonical percent-encoding, and {@code Authorization}.
   *
   * @throws IllegalArgumentException when the request has no {@code Host} header
   */
  @Override
  public SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime) {
    return HmacSigning.sign(request, credentials, signingTime, DATE_HEADER, SECURITY_TOKEN_HEADER,
        dated -> authorization(dated, credentials));
  }

  /** The {@code Authorization} value for a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String authorization(SdkHttpRequest dated, Credentials credentials) {
    return authorization(dated, credentials, signedHeaderNames(dated));
  }

  /**
   * The {@code Authorization} value signing exactly the named headers (lower-case, in the given order; the
   * algorithm expects them sorted). For verifiers, which must use the list a client sent, and for signing a header
   * set other than the default one.
   *
   * @throws IllegalArgumentException when a named header is missing from the request
   */
  public String authorization(SdkHttpRequest dated, Credentials credentials, List<String> signedHeaderNames) {
    List<String> names = HmacSigning.lowerCase(signedHeaderNames);
    return ALGORITHM + " Access=" + credentials.accessKeyId() + ", SignedHeaders=" + String.join(";", names)
        + ", Signature=" + signature(dated, credentials.secretAccessKey(), names);
  }

  /**
   * The hex signature of the request over exactly the named headers, with the given SK. A verifier compares it with
   * the {@code Signature=} it received.
   */
  public String signature(SdkHttpRequest dated, String secretKey, List<String> signedHeaderNames) {
    return signature(dated, secretKey, signedHeaderNames, canonicalUri(dated.encodedPath()));
  }

  /**
   * The hex signature over exactly the named headers with the given canonical URI in place of this signer's (see
   * {@link #canonicalRequest(SdkHttpRequest, List, String)}).
   */
  public String signature(SdkHttpRequest dated, String secretKey, List<String> signedHeaderNames,
      String canonicalUri) {
    String stringToSign = stringToSign(dated, signedHeaderNames, canonicalUri);
    return Hashing.hex(Hashing.hmacSha256(secretKey.getBytes(StandardCharsets.UTF_8), stringToSign));
  }

  /** The lower-case names this signer signs for the request, sorted: see the class description. */
  public List<String> signedHeaderNames(SdkHttpRequest dated) {
    HmacSigning.required(dated, "Host");
    HmacSigning.required(dated, DATE_HEADER);
    return HmacSigning.signedHeaderNames(dated, HuaweiSigner::signs, false);
  }

  /** The canonical request of a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String canonicalRequest(SdkHttpRequest dated) {
    return canonicalRequest(dated, signedHeaderNames(dated));
  }

  /** The canonical request over exactly the named headers (lower-case, in the given order). */
  public String canonicalRequest(SdkHttpRequest dated, List<String> signedHeaderNames) {
    return canonicalRequest(dated, signedHeaderNames, canonicalUri(dated.encodedPath()));
  }

  /**
   * The canonical request over exactly the named headers with the given canonical URI in place of this signer's. For
   * verifiers that also accept the URI form another signer builds (the APIG Python signer decodes each segment first).
   *
   * @throws IllegalArgumentException when {@code canonicalUri} is null or a named header is missing
   */
  public String canonicalRequest(SdkHttpRequest dated, List<String> signedHeaderNames, String canonicalUri) {
    Require.nonNull(canonicalUri, "canonicalUri");
    List<String> names = HmacSigning.lowerCase(signedHeaderNames);
    StringBuilder sb = new StringBuilder(256);
    sb.append(dated.method()).append('\n').append(canonicalUri).append('\n')
        .append(Canonical.queryString(dated.query(), false)).append('\n');
    return HmacSigning.appendHeadersAndPayload(sb, dated, names, HuaweiSigner::headerValue, CONTENT_SHA256_HEADER)
        .toString();
  }

  /**
   * The canonical URI of an encoded path: {@link Canonical#huaweiPath}, ending in {@code /}. See the class
   * description.
   */
  public static String canonicalUri(String encodedPath) {
    Require.nonNull(encodedPath, "encodedPath");
    String path = Canonical.huaweiPath(encodedPath);
    return path.endsWith("/") ? path : path + "/";
  }

  /** The string to sign of a request that already holds {@code Host} and {@code X-Sdk-Date}. */
  public String stringToSign(SdkHttpRequest dated) {
    return stringToSign(dated, signedHeaderNames(dated));
  }

  /** The string to sign over exactly the named headers. */
  public String stringToSign(SdkHttpRequest dated, List<String> signedHeaderNames) {
    return stringToSign(dated, signedHeaderNames, canonicalUri(dated.encodedPath()));
  }

  private String stringToSign(SdkHttpRequest dated, List<String> signedHeaderNames, String canonicalUri) {
    return ALGORITHM + "\n" + HmacSigning.required(dated, DATE_HEADER) + "\n"
        + Hashing.sha256Hex(canonicalRequest(dated, signedHeaderNames, canonicalUri));
  }

  /** Whether a lower-case header name is signed by default: see the class description. */
  private static boolean signs(String lower) {
    return !(lower.equals("content-type") || lower.equals("user-agent") || lower.equals("authorization")
        || lower.indexOf('_') >= 0);
  }

  private static String headerValue(SdkHttpRequest r, String lowerName) {
    String v;
    if (lowerName.equals("content-type")) {
      v = Canonical.contentType(r);
    } else {
      List<String> values = r.headers().values(lowerName);
      v = values.isEmpty() ? null : values.get(0); // the first value of a repeated header, as the v3 SDK does
    }
    if (v == null) {
      throw new IllegalArgumentException("cannot sign: the request has no " + lowerName + " header");
    }
    return v.trim();
  }
}
