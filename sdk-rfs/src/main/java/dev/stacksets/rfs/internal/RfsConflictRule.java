package dev.stacksets.rfs.internal;

import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.internal.TurnTaking;
import dev.stacksets.rfs.exception.StackSetStateConflictException;

/**
 * How an RFS write reads a refusal when it may wait its turn ({@link TurnTaking}): a 409 to a write on an existing
 * stack set ({@link OperationInProgressException}) means busy; a 403 read as {@link StackSetStateConflictException}
 * means busy only if an operation is found running on the set (the API gives 403 for states that no waiting cures,
 * such as DeleteStackSet while instances exist); anything else is not a turn to wait for.
 *
 * <p>Stateless and thread-safe.
 */
public enum RfsConflictRule implements TurnTaking.ConflictRule {
  /** CreateStackSet: never waits (no operation runs on a set that does not exist yet; its 409 is a taken name). */
  NEVER,
  /** UpdateStackSet, DeleteStackSet: synchronous writes that start no operation. */
  SYNCHRONOUS_WRITE,
  /**
   * DeployStackSet and the stack-instance writes, which start an operation. A refusal that answers a retry of the
   * same call ({@code attempts() > 1}: an earlier attempt was sent and its reply lost) is not waited out: the
   * operation running may be the one that earlier attempt started, and sending the write again once it ends could
   * start a second one where the service does not recognise the repeated {@code Client-Request-Id}. It is thrown
   * instead, for the caller to look at the set's operations.
   */
  STARTS_OPERATION;

  @Override
  public TurnTaking.Busy classify(ServiceException refusal) {
    if (this == NEVER || (this == STARTS_OPERATION && refusal.attempts() > 1)) {
      return TurnTaking.Busy.NO;
    }
    if (refusal instanceof OperationInProgressException) {
      return TurnTaking.Busy.YES;
    }
    return refusal instanceof StackSetStateConflictException ? TurnTaking.Busy.IF_OPERATION_RUNNING
        : TurnTaking.Busy.NO;
  }
}
