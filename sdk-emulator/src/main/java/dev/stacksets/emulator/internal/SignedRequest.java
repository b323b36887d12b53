package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.PercentEncoding;
import java.util.List;

/**
 * Rebuilds a received call as the core signers see a request: method, path, query, body, and only the headers
 * that take part in the signature (the signed ones, plus the date, content-type and payload-hash headers the
 * algorithms read). The verifiers then use the signers' own canonical form over the client's signed-header list.
 */
final class SignedRequest {
  private SignedRequest() {}

  /**
   * @param call        the received call
   * @param encodedPath the path to canonicalise (the raw path, or a variant of it)
   * @param names       the lower-case signed header names
   * @param extra       further headers the algorithm reads when present
   * @throws IllegalArgumentException when a header value cannot be carried (e.g. raw non-ASCII)
   */
  static SdkHttpRequest of(HttpCall call, String encodedPath, List<String> names, String... extra) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(call.method()).encodedPath(encodedPath)
        .query(call.query());
    for (String n : names) {
      for (String v : call.headerValues(n)) {
        b.addHeader(n, v);
      }
    }
    for (String n : extra) {
      if (!names.contains(n) && call.header(n) != null) {
        b.header(n, call.header(n));
      }
    }
    String contentType = call.header("Content-Type");
    return b.body(call.body(), contentType).build();
  }

  /**
   * The path whose core canonical form ({@code decode, then encode} per segment) is the v3 Java SDK's ({@code encode}
   * the raw segment): every raw segment encoded once more.
   */
  static String encodeSegmentsAgain(String rawPath) {
    StringBuilder sb = new StringBuilder();
    for (String seg : rawPath.split("/", -1)) {
      if (sb.length() > 0 || rawPath.startsWith("/")) {
        sb.append('/');
      }
      sb.append(PercentEncoding.encode(seg));
    }
    String p = sb.toString();
    return p.startsWith("//") ? p.substring(1) : p;
  }
}
