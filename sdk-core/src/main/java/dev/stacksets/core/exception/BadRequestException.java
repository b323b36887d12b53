package dev.stacksets.core.exception;

/**
 * The request was rejected as invalid (HTTP 400, or a validation error code).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (BadRequestException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class BadRequestException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public BadRequestException(ServiceError error) {
    super(error);
  }
}
