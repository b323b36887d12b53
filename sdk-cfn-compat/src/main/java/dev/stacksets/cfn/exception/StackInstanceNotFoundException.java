package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceError;

/**
 * CloudFormation has no stack instance of the stack set in the account and Region named in the call
 * ({@code StackInstanceNotFoundException}, from {@code DescribeStackInstance}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.describeStackInstance(r -> r.stackSetName("my-set").stackInstanceAccount("111122223333")
 *       .stackInstanceRegion("eu-west-1"));
 * } catch (StackInstanceNotFoundException e) {
 *   System.err.println("no instance there: " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class StackInstanceNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public StackInstanceNotFoundException(ServiceError error) {
    super(error);
  }
}
