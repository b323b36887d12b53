package dev.stacksets.core.exception;

import dev.stacksets.core.internal.util.Require;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with an error. Subclasses tell the common cases apart ({@link NotFoundException},
 * {@link ThrottlingException}, ...); every field of the reply is on {@link #error()} and the shortcuts here.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (ServiceException e) {
 *   log.warn("{} {} {} request-id={}", e.statusCode(), e.errorCode(), e.errorMessage(), e.requestId());
 * }
 * }</pre>
 */
public class ServiceException extends StackSetsException {
  private static final long serialVersionUID = 1L;

  private final ServiceError error;

  /** Creates the exception from a parsed error reply. */
  public ServiceException(ServiceError error) {
    super(Require.nonNull(error, "error").toString(), null, error.clientRequestId(),
        error.attempts());
    this.error = error;
  }

  /** Creates the exception from a parsed error reply, with the failure that led to it (for subclasses). */
  protected ServiceException(ServiceError error, @Nullable Throwable cause) {
    super(Require.nonNull(error, "error").toString(), cause, error.clientRequestId(), error.attempts());
    this.error = error;
  }

  /** The full error reply. */
  public ServiceError error() {
    return error;
  }

  /** Name of the service that answered. */
  public String service() {
    return error.service();
  }

  /** HTTP status code. */
  public int statusCode() {
    return error.statusCode();
  }

  /** The service's error code. */
  public @Nullable String errorCode() {
    return error.errorCode();
  }

  /** The service's error message. */
  public @Nullable String errorMessage() {
    return error.errorMessage();
  }

  /** The server's request id. */
  public @Nullable String requestId() {
    return error.requestId();
  }

  /** At most 2 KiB of the raw error body. */
  public @Nullable String bodyExcerpt() {
    return error.bodyExcerpt();
  }

  @Override
  public boolean isThrottling() {
    return error.isThrottling();
  }

  @Override
  public boolean isRetryable() {
    int s = error.statusCode();
    return error.isThrottling() || error.isRetryableCode() || s == 500 || s == 502 || s == 503 || s == 504;
  }
}
