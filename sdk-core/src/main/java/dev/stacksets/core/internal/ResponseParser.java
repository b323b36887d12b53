package dev.stacksets.core.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;

/**
 * Turns a successful (2xx) response into a typed response. Any exception it throws becomes a non-retryable
 * {@link dev.stacksets.core.exception.ClientSideException} ("could not read the response body"), except a
 * {@link dev.stacksets.core.exception.StackSetsException}, which reaches the caller as is. Errors are not caught.
 *
 * <p>Which statuses are the operation's answer is {@link #accepts(int)}: 2xx unless the parser says otherwise (an
 * operation whose answer is a redirect, such as RFS ShowStackSetTemplate's temporary redirect, also accepts 3xx; the
 * transport never follows redirects). Every other status is mapped to an exception by the service's error mapper.
 *
 * @param <T> typed response
 */
@FunctionalInterface
public interface ResponseParser<T> {
  /** Parses the response; {@code metadata} goes onto the typed response. */
  T parse(SdkHttpResponse response, ResponseMetadata metadata) throws Exception;

  /**
   * Whether a reply with this status is the operation's answer, read by {@link #parse}, rather than an error:
   * 2xx by default.
   */
  default boolean accepts(int statusCode) {
    return statusCode >= 200 && statusCode < 300;
  }
}
