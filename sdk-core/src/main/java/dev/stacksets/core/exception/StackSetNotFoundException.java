package dev.stacksets.core.exception;

/**
 * The stack set named in the call does not exist.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (StackSetNotFoundException e) {
 *   System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class StackSetNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public StackSetNotFoundException(ServiceError error) {
    super(error);
  }
}
