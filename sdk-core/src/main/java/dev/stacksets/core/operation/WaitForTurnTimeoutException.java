package dev.stacksets.core.operation;

import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A write waited its turn ({@link dev.stacksets.core.WaitForTurn}) for as long as it was allowed and the stack set
 * was still busy. The write was not started, unless the last refusal answered a retry whose first attempt's reply
 * was lost (the message then says so). {@link #error()} is the service's last refusal,
 * {@link #runningOperationIds()} the operations that were still running, and the {@link #getCause() cause} the last
 * refusal or the wait that ran out. Being an {@link OperationInProgressException}, it is caught where that is.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   cfn.createStackInstances(request, WaitForTurn.upTo(Duration.ofMinutes(10)));
 * } catch (WaitForTurnTimeoutException e) {
 *   System.err.println("still busy after " + e.maxWait() + " with " + e.runningOperationIds());
 * }
 * }</pre>
 */
public class WaitForTurnTimeoutException extends OperationInProgressException {
  private static final long serialVersionUID = 1L;

  private final String stackSetName;
  private final Duration maxWait;
  private final List<String> runningOperationIds;

  /**
   * @param lastRefusal         the service's last refusal of the write
   * @param stackSetName        the stack set written to
   * @param maxWait             the bound that ran out
   * @param runningOperationIds the operations last seen running (may be empty)
   * @param cause               what ended the wait: the last refusal, or the operation wait that ran out
   */
  public WaitForTurnTimeoutException(ServiceException lastRefusal, String stackSetName, Duration maxWait,
      List<String> runningOperationIds, @Nullable StackSetsException cause) {
    super(lastRefusal.error(), cause == null ? lastRefusal : cause);
    this.stackSetName = stackSetName;
    this.maxWait = maxWait;
    this.runningOperationIds = List.copyOf(runningOperationIds);
  }

  /** The stack set written to. */
  public String stackSetName() {
    return stackSetName;
  }

  /** The bound that ran out. */
  public Duration maxWait() {
    return maxWait;
  }

  /** The operations last seen running on the stack set (empty when none was found). */
  public List<String> runningOperationIds() {
    return runningOperationIds;
  }

  @Override
  public String getMessage() {
    return "stack set " + stackSetName + " was still busy after waiting " + maxWait + " for its turn"
        + (runningOperationIds.isEmpty() ? "" : " (running: " + String.join(", ", runningOperationIds) + ")")
        + (error().attempts() > 1
            ? "; the write may have started (the reply to an earlier attempt was lost): check the running operations"
            : "; the write was not started")
        + "; last refusal: " + super.getMessage();
  }

  /** No: the write already waited as long as it was allowed. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
