package dev.stacksets.core.operation;

import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.operation.StackSetOperation;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wait for a stack-set operation ran out of time before the operation reached a terminal state. Names the stack
 * set and operation, carries the last state seen (empty when no poll got an answer) so the caller can report
 * progress or keep waiting, and, when the final poll failed, has that failure as its {@link #getCause() cause}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   view.waitUntilComplete("my-set", opId, Duration.ofMinutes(30));
 * } catch (WaiterTimeoutException e) {
 *   System.err.println(e.lastSeen().map(op -> "still " + op.status()).orElse("no answer") + " after " + e.timeout());
 * }
 * }</pre>
 */
public class WaiterTimeoutException extends StackSetsException {
  private static final long serialVersionUID = 2L;

  private final String stackSetName;
  private final String operationId;
  private final StackSetOperation lastSeen;
  private final Duration timeout;
  private final int polls;

  /**
   * @param stackSetName the stack set waited on
   * @param operationId  the operation waited on
   * @param lastSeen     the last state seen, or null when no poll succeeded
   * @param timeout      the timeout that ran out
   * @param polls        how many times the operation was read
   * @param lastFailure  the failure of the final poll, or null when the final poll got an answer
   */
  public WaiterTimeoutException(String stackSetName, String operationId, @Nullable StackSetOperation lastSeen,
      Duration timeout, int polls, @Nullable StackSetsException lastFailure) {
    super(message(stackSetName, operationId, lastSeen, timeout, polls, lastFailure), lastFailure, null, polls);
    this.stackSetName = stackSetName;
    this.operationId = operationId;
    this.lastSeen = lastSeen;
    this.timeout = timeout;
    this.polls = polls;
  }

  private static String message(String stackSetName, String operationId, StackSetOperation lastSeen,
      Duration timeout, int polls, StackSetsException lastFailure) {
    StringBuilder sb = new StringBuilder("operation ").append(operationId).append(" of stack set ")
        .append(stackSetName).append(" did not complete within ").append(timeout).append(" (").append(polls)
        .append(polls == 1 ? " poll" : " polls").append("; last status: ")
        .append(lastSeen == null ? "none" : lastSeen.status() + " / " + lastSeen.nativeStatus());
    if (lastFailure != null) {
      sb.append("; last poll failed: ").append(lastFailure.getClass().getSimpleName());
    }
    return sb.append(')').toString();
  }

  /** The stack set waited on. */
  public String stackSetName() {
    return stackSetName;
  }

  /** The operation waited on. */
  public String operationId() {
    return operationId;
  }

  /** The last state seen; empty when no poll got an answer. */
  public Optional<StackSetOperation> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /** The timeout that ran out. */
  public Duration timeout() {
    return timeout;
  }

  /** How many times the operation was read. */
  public int polls() {
    return polls;
  }

  /** Waiting longer may still see the operation finish. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
