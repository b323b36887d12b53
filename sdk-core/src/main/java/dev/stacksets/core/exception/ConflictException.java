package dev.stacksets.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * Another request is working on the same resource (HTTP 409).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (ConflictException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class ConflictException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public ConflictException(ServiceError error) {
    super(error);
  }

  /** Creates the exception from a parsed error reply, with the failure that led to it (for subclasses). */
  protected ConflictException(ServiceError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
