package dev.stacksets.core.exception;

/**
 * The named resource does not exist (HTTP 404).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (NotFoundException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class NotFoundException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public NotFoundException(ServiceError error) {
    super(error);
  }
}
