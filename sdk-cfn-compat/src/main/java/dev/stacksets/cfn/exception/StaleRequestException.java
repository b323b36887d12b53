package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.ServiceError;

/**
 * CloudFormation refused a stack-set operation request that is older than the stack set's last change
 * ({@code StaleRequestException}, 409). Read the stack set again and send a fresh request (a new operation id).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.updateStackSet(request);
 * } catch (StaleRequestException e) {
 *   cfn.updateStackSet(request.toBuilder().operationId(null).build()); // after re-reading the stack set
 * }
 * }</pre>
 */
public class StaleRequestException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public StaleRequestException(ServiceError error) {
    super(error);
  }
}
