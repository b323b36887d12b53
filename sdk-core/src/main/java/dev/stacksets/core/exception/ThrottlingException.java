package dev.stacksets.core.exception;

/**
 * The service throttled this caller (HTTP 429, or a throttling code such as CloudFormation's {@code Throttling}); retried by default.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (ThrottlingException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class ThrottlingException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public ThrottlingException(ServiceError error) {
    super(error);
  }
}
