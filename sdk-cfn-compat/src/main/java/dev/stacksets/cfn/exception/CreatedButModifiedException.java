package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.ServiceError;

/**
 * CloudFormation created the resource but it was changed while being created ({@code CreatedButModifiedException},
 * 409, from {@code CreateStackSet}). Describe the stack set to see its state.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.createStackSet(request);
 * } catch (CreatedButModifiedException e) {
 *   StackSet s = cfn.describeStackSet(r -> r.stackSetName(request.stackSetName())).stackSet();
 * }
 * }</pre>
 */
public class CreatedButModifiedException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public CreatedButModifiedException(ServiceError error) {
    super(error);
  }
}
