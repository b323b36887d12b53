package dev.stacksets.rfs.exception;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.ServiceError;

/**
 * RFS answered a write with 403 because the stack set's state forbids it: DeleteStackSet while the set still has
 * stack instances or is not IDLE, or a new operation while the set's state does not allow one ("资源栈集状态非法,
 * 不允许创建并行操作"). The API documents 403 both for such a state and for a denied permission; the client reads a
 * 403 to a write as this exception unless the reply is recognisably a permission denial (an {@code APIGW.*} code, or
 * an {@code encoded_authorization_message}), which stays a plain {@link AccessDeniedException}. Being an
 * {@link AccessDeniedException}, it is caught where that is. Nothing was changed; once the state allows it (the
 * running operation ended, the instances were deleted) the same request can be sent again, which the client does
 * for you when {@code WaitForTurn} is enabled and an operation is found running on the set.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   rfs.deleteStackSet(r -> r.stackSetName("my_stack_set"));
 * } catch (StackSetStateConflictException e) {
 *   // delete the instances first (deleteStackInstances), wait for that operation, then delete the set
 * }
 * }</pre>
 */
public class StackSetStateConflictException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public StackSetStateConflictException(ServiceError error) {
    super(error);
  }
}
