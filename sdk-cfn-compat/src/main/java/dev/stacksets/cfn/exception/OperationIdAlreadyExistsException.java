package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.ServiceError;

/**
 * CloudFormation already has an operation with the {@code OperationId} sent ({@code OperationIdAlreadyExistsException},
 * 409), started by a different request. When the id is the one this client generated, or the reply answers a retry
 * of the same call (the first attempt went through), the client does not throw this: it returns the reply with that
 * operation id. It is thrown when a caller-given id was used before by another request.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.createStackInstances(r -> r.stackSetName("my-set").operationId(myId).accounts(account).regions(region));
 * } catch (OperationIdAlreadyExistsException e) {
 *   // myId names an earlier, different request: pick a new id
 * }
 * }</pre>
 */
public class OperationIdAlreadyExistsException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public OperationIdAlreadyExistsException(ServiceError error) {
    super(error);
  }
}
