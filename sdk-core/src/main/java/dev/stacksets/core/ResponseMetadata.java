package dev.stacksets.core;

import org.jspecify.annotations.Nullable;

/**
 * What the transport learned about a successful call: the server's request id, the client request id that was
 * sent, the HTTP status and how many attempts it took. Every typed response exposes one.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ResponseMetadata m = response.responseMetadata();
 * log.info("request {} took {} attempts", m.requestId(), m.attempts());
 * }</pre>
 *
 * @param requestId       server request id ({@code X-Request-Id} / {@code x-amzn-RequestId}), or null
 * @param clientRequestId the {@code Client-Request-Id} sent, or null for services that do not use one
 * @param statusCode      HTTP status of the final attempt
 * @param attempts        number of attempts made (1 when the first succeeded)
 */
public record ResponseMetadata(@Nullable String requestId, @Nullable String clientRequestId, int statusCode, int attempts) {

  /** Metadata for a response that did not come from the wire (tests, fakes). */
  public static ResponseMetadata none() {
    return new ResponseMetadata(null, null, 200, 0);
  }
}
