package dev.stacksets.core.exception;

/**
 * The service failed (HTTP 5xx); 500, 502, 503 and 504 are retried by default.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (ServerErrorException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class ServerErrorException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public ServerErrorException(ServiceError error) {
    super(error);
  }
}
