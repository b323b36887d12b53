package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * A CloudFormation quota would be exceeded ({@code LimitExceededException}, 400), e.g. the number of stack sets or
 * of stack instances per stack set. Nothing was started.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.createStackInstances(request);
 * } catch (LimitExceededException e) {
 *   System.err.println("quota reached: " + e.errorMessage());
 * }
 * }</pre>
 */
public class LimitExceededException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public LimitExceededException(ServiceError error) {
    super(error);
  }
}
