package dev.stacksets.core.exception;

/**
 * The request was not authenticated (HTTP 401, a bad or expired signature, an unknown access key).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (AuthenticationException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class AuthenticationException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public AuthenticationException(ServiceError error) {
    super(error);
  }
}
