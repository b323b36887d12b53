package dev.stacksets.core.exception;

/**
 * A stack set cannot be deleted while it still has stack instances: CloudFormation
 * {@code StackSetNotEmptyException} (409). Delete its instances first (and wait for that operation).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (StackSetNotEmptyException e) {
 *   // delete the instances, wait, then delete the stack set
 * }
 * }</pre>
 */
public class StackSetNotEmptyException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public StackSetNotEmptyException(ServiceError error) {
    super(error);
  }
}
