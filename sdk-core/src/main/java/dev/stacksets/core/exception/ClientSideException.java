package dev.stacksets.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The call produced no usable reply: an I/O failure, a timeout, an interrupted call, a body that could not be
 * parsed, or a paginator that saw the service repeat a page token.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (ClientSideException e) {
 *   if (e.isRetryable()) { ... try again later ... }
 * }
 * }</pre>
 */
public class ClientSideException extends StackSetsException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * @param message         what went wrong; must hold no secret
   * @param cause           the underlying failure, may be null
   * @param clientRequestId the call's client request id, or null
   * @param attempts        attempts made
   * @param retryable       whether repeating the call may help (true for I/O failures)
   */
  public ClientSideException(String message, @Nullable Throwable cause, @Nullable String clientRequestId, int attempts,
      boolean retryable) {
    super(message, cause, clientRequestId, attempts);
    this.retryable = retryable;
  }

  /** A non-retryable failure with no request context, e.g. a repeated page token. */
  public ClientSideException(String message) {
    this(message, null, null, 0, false);
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
