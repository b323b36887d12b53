package dev.stacksets.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A write was refused because another operation is running on the stack set: CloudFormation
 * {@code OperationInProgressException} (409), or an RFS 409 on a write to an existing stack set ("another request is
 * operating on this stack set"). Nothing was started; the same request can be sent again once the running operation
 * ends, which the clients do for you when {@link dev.stacksets.core.WaitForTurn} is enabled.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (OperationInProgressException e) {
 *   // wait for the running operation (operations().listOperations(name)), then send the same request again
 * }
 * }</pre>
 */
public class OperationInProgressException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public OperationInProgressException(ServiceError error) {
    super(error);
  }

  /** Creates the exception from a parsed error reply, with the failure that led to it (for subclasses). */
  protected OperationInProgressException(ServiceError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
