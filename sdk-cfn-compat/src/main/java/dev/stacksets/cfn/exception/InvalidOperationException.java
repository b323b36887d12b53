package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * CloudFormation refused the operation in the stack set's current state ({@code InvalidOperationException}, 400),
 * e.g. stopping an operation that is not running, or a service-managed call on a self-managed stack set.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.stopStackSetOperation(r -> r.stackSetName("my-set").operationId(operationId));
 * } catch (InvalidOperationException e) {
 *   System.err.println("cannot stop it now: " + e.errorMessage());
 * }
 * }</pre>
 */
public class InvalidOperationException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public InvalidOperationException(ServiceError error) {
    super(error);
  }
}
