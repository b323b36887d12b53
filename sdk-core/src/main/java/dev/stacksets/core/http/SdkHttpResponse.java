package dev.stacksets.core.http;

import dev.stacksets.core.internal.util.Require;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A protocol-neutral HTTP response: status, headers and the fully read body. The pipeline reads and closes the
 * network body before a response parser sees this object, so parsers never leak connections.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SdkHttpResponse r = new SdkHttpResponse(200, Headers.of("X-Request-Id", "abc"), "{}".getBytes(UTF_8));
 * String id = r.header("x-request-id");
 * }</pre>
 */
public final class SdkHttpResponse {
  private final int statusCode;
  private final Headers headers;
  private final byte[] body;

  /** Creates a response; the body array is used as is. */
  public SdkHttpResponse(int statusCode, Headers headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = Require.nonNull(headers, "headers");
    this.body = body == null ? new byte[0] : body;
  }

  /** HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** True for 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }

  /** Response headers. */
  public Headers headers() {
    return headers;
  }

  /** First value of the named header (case-insensitive), or null. */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /** The body bytes (never null); must not be modified. */
  public byte[] body() {
    return body;
  }

  /** The body decoded as UTF-8. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SdkHttpResponse{" + statusCode + ", " + body.length + " bytes}";
  }
}
