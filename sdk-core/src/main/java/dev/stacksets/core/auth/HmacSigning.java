package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.signing.Canonical;
import dev.stacksets.core.internal.util.Hashing;
import dev.stacksets.core.internal.util.IsoTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The steps {@link HuaweiSigner} and {@link AwsV4Signer} share: dating the request and setting or removing the
 * session-token header, choosing the signed headers, the header and payload lines of the canonical request, and the
 * argument checks. Each signer keeps what is its own (header names, canonical URI and query rules, header value
 * rules, key and string to sign). Stateless and thread-safe.
 */
final class HmacSigning {
  /** {@code yyyyMMdd'T'HHmmss'Z'} in UTC: the date both algorithms sign. */
  static String basicIso(Instant time) {
    return IsoTime.basicUtc(time);
  }

  private HmacSigning() {}

  /**
   * The signed copy of {@code request}: the path in canonical percent-encoding, {@code dateHeader} set to
   * {@code signingTime}, {@code tokenHeader} set for session credentials (removed otherwise), and
   * {@code Authorization} computed by {@code authorization} over that dated request.
   */
  static SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime, String dateHeader,
      String tokenHeader, Function<SdkHttpRequest, String> authorization) {
    SdkHttpRequest.Builder b = request.toBuilder()
        .encodedPath(Canonical.normalizedPath(request.encodedPath()))
        .header(dateHeader, basicIso(signingTime));
    if (credentials.sessionToken() != null) {
      b.header(tokenHeader, credentials.sessionToken());
    } else {
      b.removeHeader(tokenHeader);
    }
    SdkHttpRequest dated = b.removeHeader("Authorization").build();
    return dated.toBuilder().header("Authorization", authorization.apply(dated)).build();
  }

  /**
   * The request's header names, lower-cased, that {@code signed} accepts, plus {@code content-type} when asked and
   * the body has a content type; sorted, each once.
   */
  static List<String> signedHeaderNames(SdkHttpRequest dated, Predicate<String> signed, boolean bodyContentType) {
    TreeSet<String> names = new TreeSet<>();
    for (String name : dated.headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (signed.test(lower)) {
        names.add(lower);
      }
    }
    if (bodyContentType && Canonical.contentType(dated) != null) {
      names.add("content-type");
    }
    return List.copyOf(names);
  }

  /**
   * Appends the canonical request's tail: one {@code name:value} line per signed header, a blank line, the signed
   * header list, and the payload hash (the value of {@code contentSha256Header} when the request has one, else the
   * SHA-256 hex of the body).
   */
  static StringBuilder appendHeadersAndPayload(StringBuilder sb, SdkHttpRequest dated, List<String> names,
      BiFunction<SdkHttpRequest, String, String> headerValue, String contentSha256Header) {
    for (String name : names) {
      sb.append(name).append(':').append(headerValue.apply(dated, name)).append('\n');
    }
    String declared = dated.header(contentSha256Header);
    return sb.append('\n').append(String.join(";", names)).append('\n')
        .append(declared != null ? declared : Hashing.sha256Hex(dated.body()));
  }

  /** The names lower-cased, in the given order. */
  static List<String> lowerCase(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(n.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The header's value.
   *
   * @throws IllegalArgumentException when the request has no such header
   */
  static String required(SdkHttpRequest r, String header) {
    String v = r.header(header);
    if (v == null) {
      throw new IllegalArgumentException("cannot sign: the request has no " + header + " header");
    }
    return v;
  }
}
