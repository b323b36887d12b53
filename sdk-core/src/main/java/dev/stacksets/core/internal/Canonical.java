package dev.stacksets.core.internal;

import dev.stacksets.core.http.QueryParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Canonical-request pieces shared by the Huawei and the AWS SigV4 signers. */
public final class Canonical {
  private Canonical() {}

  /**
   * The canonical query string: names and values RFC 3986-encoded, sorted by encoded name; repeated names keep
   * their values in request order unless {@code sortValues} (SigV4 sorts them too). Empty values stay {@code k=}.
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
   * Re-encodes an already percent-encoded path segment by segment: each segment is decoded, then RFC 3986-encoded
   * (so {@code %2F} inside a segment stays {@code %2F} and raw non-ASCII text is encoded). With {@code twice}, each
   * encoded segment is encoded once more (SigV4 for every service but S3).
   */
  public static String path(String encodedPath, boolean twice) {
    if (encodedPath.isEmpty() || encodedPath.equals("/")) {
      return "/";
    }
    StringBuilder sb = new StringBuilder(encodedPath.length() + 16);
    int start = encodedPath.startsWith("/") ? 1 : 0;
    String[] segments = encodedPath.substring(start).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String seg = PercentEncoding.encode(PercentEncoding.decode(segments[i]));
      if (twice) {
        seg = PercentEncoding.encode(seg);
      }
      sb.append('/').append(seg);
    }
    return sb.toString();
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
