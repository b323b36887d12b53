package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.SdkHttpRequest;
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
   * @param encodedPath the path to canonicalise (the path as sent)
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
}
