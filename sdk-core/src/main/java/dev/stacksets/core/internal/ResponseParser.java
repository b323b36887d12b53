package dev.stacksets.core.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;

/**
 * Turns a successful (2xx) response into a typed response. Any exception it throws becomes a non-retryable
 * {@link dev.stacksets.core.exception.ClientSideException} ("could not read the response body"), except a
 * {@link dev.stacksets.core.exception.StackSetsException}, which reaches the caller as is. Errors are not caught.
 *
 * @param <T> typed response
 */
@FunctionalInterface
public interface ResponseParser<T> {
  /** Parses the response; {@code metadata} goes onto the typed response. */
  T parse(SdkHttpResponse response, ResponseMetadata metadata) throws Exception;
}
