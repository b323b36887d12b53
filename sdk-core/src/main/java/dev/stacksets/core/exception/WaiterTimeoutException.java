package dev.stacksets.core.exception;

import dev.stacksets.core.operation.StackSetOperation;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A wait for a stack-set operation ran out of time before the operation reached a terminal state. Carries the last
 * state seen, so the caller can report progress or keep waiting.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   view.waitUntilComplete("my-set", opId, Duration.ofMinutes(30));
 * } catch (WaiterTimeoutException e) {
 *   System.err.println("still " + e.lastSeen().status() + " after " + e.timeout());
 * }
 * }</pre>
 */
public class WaiterTimeoutException extends StackSetsException {
  private static final long serialVersionUID = 1L;

  private final StackSetOperation lastSeen;
  private final Duration timeout;
  private final int polls;

  /**
   * @param lastSeen the last state seen, or null when no poll succeeded
   * @param timeout  the timeout that ran out
   * @param polls    how many times the operation was read
   */
  public WaiterTimeoutException(@Nullable StackSetOperation lastSeen, Duration timeout, int polls) {
    super("operation " + (lastSeen == null ? "" : lastSeen.operationId() + " ") + "did not complete within "
        + timeout + " (" + polls + " polls; last status: "
        + (lastSeen == null ? "none" : lastSeen.status() + " / " + lastSeen.nativeStatus()) + ")", null, null,
        polls);
    this.lastSeen = lastSeen;
    this.timeout = timeout;
    this.polls = polls;
  }

  /** The last state seen, or null when no poll succeeded. */
  public @Nullable StackSetOperation lastSeen() {
    return lastSeen;
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
