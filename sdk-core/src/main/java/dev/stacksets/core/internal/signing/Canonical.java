package dev.stacksets.core.internal.signing;

import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.internal.HttpTransport;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Canonical-request pieces shared by the Huawei and the AWS SigV4 signers (and by anything that verifies their
 * signatures). Stateless.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * The canonical query string: names and values RFC 3986-encoded, sorted by encoded name; repeated names keep
   * their values in request order unless {@code sortValues} (SigV4 sorts them too). Empty values stay {@code k=}.
   * The encoding is the one the transport puts on the wire, so the signed query is byte for byte the sent one.
   */
  public static String queryString(List<QueryParam> query, boolean sortValues) {
    if (query.isEmpty()) {
      return "";
    }
    List<String[]> encoded = new ArrayList<>(query.size());
    for (QueryParam q : query) {
      encoded.add(new String[] {PercentEncoding.encode(q.name()), PercentEncoding.encode(q.value())});
    }
    Comparator<String[]> byName = Comparator.comparing(e -> e[0]);
    encoded.sort(sortValues ? byName.thenComparing(e -> e[1]) : byName); // List.sort is stable
    StringBuilder sb = new StringBuilder();
    for (String[] e : encoded) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(e[0]).append('=').append(e[1]);
    }
    return sb.toString();
  }

  /**
   * The path in canonical percent-encoding, segment by segment ({@link PercentEncoding#normalize}): {@code %2F}
   * inside a segment stays {@code %2F}, raw non-ASCII text and reserved characters are escaped, hex is upper case.
   * A path this SDK's serializers produced comes back unchanged. The signers put this form on the wire, so the
   * server sees exactly the path that was signed.
   */
  public static String normalizedPath(String encodedPath) {
    return path(encodedPath, false);
  }

  /**
   * The canonical URI: {@link #normalizedPath} and, with {@code twice}, each normalized segment encoded once more
   * (SigV4 for every service but S3, so {@code %2F} becomes {@code %252F}).
   */
  public static String path(String encodedPath, boolean twice) {
    if (encodedPath.isEmpty() || encodedPath.equals("/")) {
      return "/";
    }
    StringBuilder sb = new StringBuilder(encodedPath.length() + 16);
    int start = encodedPath.startsWith("/") ? 1 : 0;
    String[] segments = encodedPath.substring(start).split("/", -1);
    for (String segment : segments) {
      String seg = PercentEncoding.normalize(segment);
      if (twice) {
        seg = PercentEncoding.encode(seg);
      }
      sb.append('/').append(seg);
    }
    return sb.toString();
  }

  /**
   * The path as the official Huawei SDKs sign it (the v3 Java SDK's and the Node.js SDK core's {@code AKSKSigner}),
   * before the trailing {@code /} the canonical URI adds: each segment in its IRI form
   * ({@link PercentEncoding#decodeNonAscii}: the form those SDKs hold before their HTTP layer escapes non-ASCII text),
   * RFC 3986-encoded once more. A name's UTF-8 escapes are therefore signed once ({@code %E6%A0%88}), while an escape
   * of an ASCII character is encoded again ({@code %2F} becomes {@code %252F}); nothing is decoded to {@code /}.
   */
  public static String huaweiPath(String encodedPath) {
    if (encodedPath.isEmpty() || encodedPath.equals("/")) {
      return "/";
    }
    StringBuilder sb = new StringBuilder(encodedPath.length() + 16);
    int start = encodedPath.startsWith("/") ? 1 : 0;
    for (String segment : encodedPath.substring(start).split("/", -1)) {
      sb.append('/').append(PercentEncoding.encode(PercentEncoding.decodeNonAscii(segment)));
    }
    return sb.toString();
  }

  /**
   * The {@code Content-Type} the request goes out with: the body's content type when a body is sent (a non-empty
   * body, or any POST, PUT or PATCH) and it has one; otherwise a {@code Content-Type} header, or null. This mirrors
   * {@link HttpTransport}, which gives OkHttp the body's media type and so overrides any header of that name.
   */
  public static String contentType(SdkHttpRequest r) {
    if (r.contentType() != null && (r.body().length > 0 || hasBodyMethod(r.method()))) {
      return r.contentType();
    }
    return r.header("Content-Type");
  }

  private static boolean hasBodyMethod(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /** Trims a header value and folds runs of spaces into one (SigV4 canonical form). */
  public static String foldSpaces(String value) {
    String v = value.trim();
    if (v.indexOf("  ") < 0) {
      return v;
    }
    StringBuilder sb = new StringBuilder(v.length());
    boolean space = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ' ') {
        if (!space) {
          sb.append(c);
        }
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString();
  }
}
