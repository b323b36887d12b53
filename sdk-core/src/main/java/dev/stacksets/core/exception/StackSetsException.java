package dev.stacksets.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception this SDK throws (all unchecked). A call either returns its typed response or throws one of
 * the two branches: {@link ClientSideException} (no usable reply) or {@link ServiceException} (the service answered
 * with an error).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   rfs.listStackSets(r -> r.limit(100));
 * } catch (StackSetsException e) {
 *   log.warn("call failed after {} attempts (client request id {})", e.attempts(), e.clientRequestId());
 * }
 * }</pre>
 */
public abstract class StackSetsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String clientRequestId;
  private final int attempts;

  /**
   * @param message         the message; must hold no secret
   * @param cause           the cause, may be null
   * @param clientRequestId the {@code Client-Request-Id} of the call, or null
   * @param attempts        the number of attempts made
   */
  protected StackSetsException(String message, @Nullable Throwable cause, @Nullable String clientRequestId,
      int attempts) {
    super(message, cause);
    this.clientRequestId = clientRequestId;
    this.attempts = attempts;
  }

  /** The {@code Client-Request-Id} sent with the call (the same on every attempt). */
  public @Nullable String clientRequestId() {
    return clientRequestId;
  }

  /** How many attempts the call made before giving up (0 when nothing was sent). */
  public int attempts() {
    return attempts;
  }

  /** True when repeating the same call may succeed. */
  public abstract boolean isRetryable();

  /** True when the failure was the service throttling this caller. */
  public boolean isThrottling() {
    return false;
  }
}
